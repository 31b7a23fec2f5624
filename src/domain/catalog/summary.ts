import type { CatalogItem } from './catalog.ts';

/**
 * The summary line of the national form, computed from the items and never typed:
 * 主动公开一级事项N项，二级事项N项；依申请公开二级事项N项.
 */
export interface ComputedSummary {
  proactiveLevel1: number;
  proactiveLevel2: number;
  onRequestLevel2: number;
}

export function computeSummary(items: readonly CatalogItem[]): ComputedSummary {
  const proactive = items.filter((item) => item.mode.includes('主动公开'));
  const onRequest = items.filter((item) => item.mode.includes('依申请公开'));
  return {
    proactiveLevel1: new Set(proactive.map((item) => item.level1)).size,
    proactiveLevel2: proactive.length,
    onRequestLevel2: onRequest.length,
  };
}

export function summaryLine(summary: ComputedSummary): string {
  return (
    `主动公开一级事项${summary.proactiveLevel1}项，二级事项${summary.proactiveLevel2}项；` +
    `依申请公开二级事项${summary.onRequestLevel2}项`
  );
}

/** Items grouped under their 一级事项, in document order: the table's merged cells. */
export function groupByLevel1<T extends Pick<CatalogItem, 'level1'>>(items: readonly T[]): { level1: string; items: T[] }[] {
  const groups: { level1: string; items: T[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.level1 === item.level1) last.items.push(item);
    else groups.push({ level1: item.level1, items: [item] });
  }
  return groups;
}
