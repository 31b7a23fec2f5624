import type { FC } from 'hono/jsx';

/** A √ cell of the official form, with words for screen readers. */
export const Tick: FC<{ ticked: boolean }> = ({ ticked }) =>
  ticked ? (
    <>
      <span aria-hidden="true">√</span>
      <span class="visually-hidden">是</span>
    </>
  ) : (
    <span class="visually-hidden">否</span>
  );

type ChannelMark = { name: string; label: string; ticked: boolean; note: string | null };

/** The box's label as written (■部门网站 stays 部门网站), with the note of a （注明） box. */
const channelLabel = (channel: ChannelMark): string => {
  if (channel.name !== '精准推送' && channel.name !== '其他') return channel.label;
  if (channel.label !== channel.name) return channel.note ? `${channel.label}：${channel.note}` : channel.label;
  return `${channel.name}（注明${channel.note ? `：${channel.note}` : ''}）`;
};

/**
 * The form's full channel list with ■ ticked / □ not ticked, as on paper.
 * Screen readers get one sentence naming the ticked channels instead of
 * thirteen boxes; the list itself is compact because a catalog repeats it on
 * every row (36 rows × 13 channels on 中卫's page).
 */
export const ChannelList: FC<{ channels: ChannelMark[] }> = ({ channels }) => {
  const ticked = channels.filter((channel) => channel.ticked).map(channelLabel);
  return (
    <>
      <span class="visually-hidden">{`公开渠道：${ticked.length ? ticked.join('、') : '未勾选'}`}</span>
      <ul class="channel-list" aria-hidden="true">
        {channels.map((channel) => (
          <li class={channel.ticked ? 'ticked' : undefined}>{`${channel.ticked ? '■' : '□'}${channelLabel(channel)}`}</li>
        ))}
      </ul>
    </>
  );
};

export const BasisList: FC<{ basis: string[] }> = ({ basis }) =>
  basis.length === 0 ? null : basis.length === 1 ? (
    <>{basis[0]}</>
  ) : (
    <ol class="basis-list">
      {basis.map((entry) => (
        <li>{entry}</li>
      ))}
    </ol>
  );
