import type { CatalogItem, DeclaredSummary } from './catalog.ts';

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

/** A number the declared summary line states that the items' marks do not give. */
export interface DeclaredDifference {
  name: string;
  stated: number;
  computed: number;
}

/** Where the summary line as the document states it differs from the count of its items; empty when none is stated. */
export function declaredDifferences(declared: DeclaredSummary | null, items: readonly CatalogItem[]): DeclaredDifference[] {
  if (!declared) return [];
  const computed = computeSummary(items);
  const pairs: [keyof DeclaredSummary, number, string][] = [
    ['proactiveLevel1', computed.proactiveLevel1, '主动公开一级事项'],
    ['proactiveLevel2', computed.proactiveLevel2, '主动公开二级事项'],
    ['onRequestLevel2', computed.onRequestLevel2, '依申请公开二级事项'],
    ['proactive', computed.proactiveLevel2, '主动公开事项'],
    ['onRequest', computed.onRequestLevel2, '依申请公开事项'],
  ];
  return pairs.flatMap(([key, actual, name]) => {
    const stated = declared[key];
    return stated === null || stated === actual ? [] : [{ name, stated, computed: actual }];
  });
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
