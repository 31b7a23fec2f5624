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

/** A check box of the form's channel list: ■ ticked, □ not ticked. */
export const Box: FC<{ ticked: boolean }> = ({ ticked }) => (
  <>
    <span aria-hidden="true" class="box">{ticked ? '■' : '□'}</span>
    <span class="visually-hidden">{ticked ? '已选：' : '未选：'}</span>
  </>
);

export const ChannelList: FC<{ channels: { name: string; ticked: boolean; note: string | null }[] }> = ({ channels }) => (
  <ul class="channel-list">
    {channels.map((channel) => (
      <li class={channel.ticked ? 'ticked' : undefined}>
        <Box ticked={channel.ticked} />
        {channel.name}
        {channel.name === '精准推送' || channel.name === '其他' ? `（注明${channel.note ? `：${channel.note}` : ''}）` : ''}
      </li>
    ))}
  </ul>
);

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
