/**
 * Table 四 (政府信息公开行政复议、行政诉讼情况, regulations.md §2.4) from the agency's register of cases.
 * Counting rule (Gongkai's, as most published reports apply it; the format does not define it): a case
 * counts in the year it was filed (申请复议 / 起诉), with its result as of 31 December — a case decided
 * later is 尚未审结 in that year's report.
 */
import type { LocalDate } from '../shared/clock.ts';
import { TABLE4_GROUPS, type Table4Group } from './format2021.ts';
import type { Table4Cells } from './tables.ts';

export const REVIEW_CASE_KINDS = TABLE4_GROUPS.map((group) => group.key);
export const REVIEW_CASE_KIND_LABELS: Record<Table4Group, string> = {
  reconsideration: '行政复议', litigationDirect: '行政诉讼（未经复议直接起诉）', litigationAfterReview: '行政诉讼（复议后起诉）',
};

export const REVIEW_RESULTS = ['upheld', 'corrected', 'other', 'pending'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];
export const REVIEW_RESULT_LABELS: Record<ReviewResult, string> = { upheld: '维持', corrected: '纠正', other: '其他结果', pending: '尚未审结' };

export interface ReviewCaseFact {
  kind: Table4Group;
  filedOn: LocalDate;
  /** The day of the decision or judgment; null while pending. */
  decidedOn: LocalDate | null;
  result: ReviewResult;
}

export function countTable4(cases: Iterable<ReviewCaseFact>, year: number): Table4Cells {
  const empty = () => ({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
  const table: Table4Cells = { reconsideration: empty(), litigationDirect: empty(), litigationAfterReview: empty() };
  const last = `${year}-12-31`;
  for (const c of cases) {
    if (!c.filedOn.startsWith(`${year}-`)) continue;
    const decided = c.result !== 'pending' && c.decidedOn !== null && c.decidedOn <= last;
    const row = table[c.kind];
    row[decided ? c.result : 'pending']! += 1;
    row.total! += 1;
  }
  return table;
}
