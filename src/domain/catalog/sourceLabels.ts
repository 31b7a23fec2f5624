import type { CatalogItem } from './catalog.ts';
import type { Channel } from './vocabulary.ts';

/**
 * An edited item keeps what its source wrote that still applies (issue 12, faithful catalogs): a channel's label as
 * written (■部门网站) while that channel stays ticked, and the 序号 as printed while the 序号 is unchanged. The edit
 * form knows only the standard names, so without this every save would turn 部门网站 back into 政府网站.
 */
export function carrySourceLabels(before: CatalogItem, after: CatalogItem): CatalogItem {
  const kept = Object.entries(before.channelLabels ?? {}).filter(([channel]) => after.channels.includes(channel as Channel));
  const { channelLabels: _labels, seqLabel: _seqLabel, ...rest } = after;
  return {
    ...rest,
    ...(kept.length ? { channelLabels: Object.fromEntries(kept) } : {}),
    ...(before.seqLabel !== undefined && before.seqLabel !== null && before.seq === after.seq ? { seqLabel: before.seqLabel } : {}),
  };
}
