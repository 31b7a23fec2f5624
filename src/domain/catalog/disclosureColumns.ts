/**
 * Which catalog items feed the fixed parts of an agency's 政府信息公开 column (国办公开办函〔2019〕61号,
 * regulations.md §4.2): 政府信息公开制度 and 政府信息公开工作年度报告 (年报, 条例第四十九条、第五十条).
 * The public column pages and the publication of a 年报 use the same rule.
 */
export type ColumnKind = 'rules' | 'reports';

export const COLUMN_TITLES: Record<ColumnKind, string> = { rules: '政府信息公开制度', reports: '政府信息公开工作年度报告' };

/** By the words of the item's 二级事项 (or 一级 when there is none). */
const COLUMN_PATTERNS: Record<ColumnKind, RegExp> = { rules: /制度/, reports: /年报|年度报告/ };

export function feedsColumn(item: { level1: string; level2: string | null }, kind: ColumnKind): boolean {
  return COLUMN_PATTERNS[kind].test(item.level2 ?? item.level1);
}
