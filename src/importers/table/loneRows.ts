/**
 * Rows of the table with one filled cell: the summary line, a repeated title or
 * 附件 label (page breaks), or a full-width row naming a group (一、概况信息)
 * that stands for the 一级事项 of the rows under it.
 */
import type { DeclaredSummary } from '../../domain/catalog/catalog.ts';
import { cleanText, compact, isMark, looksChannelList, stripEnumerator } from './cellText.ts';
import type { Cell } from './draft.ts';
import { declaredSummary, looksTitle, summaryText } from './headerBlock.ts';
import { isHeaderLabel } from './headerVocabulary.ts';

export type LoneCell =
  | { kind: 'summary'; declared: DeclaredSummary; text: string }
  | { kind: 'skip' }
  | { kind: 'heading'; text: string }
  | { kind: 'data' };

export function readLoneCell(cell: Cell, at: number, title: string | null): LoneCell {
  const only = compact(cell.text);
  const summary = declaredSummary(only);
  if (summary) return { kind: 'summary', declared: summary, text: summaryText(cell.text) };
  if ((title && only === compact(title)) || looksTitle(only) || /^附件\d*$/.test(only)) return { kind: 'skip' };
  if (at <= 1 && only.length <= 20 && !/^\d+$/.test(only) && !isMark(only) && !looksChannelList(only) && !isHeaderLabel(only)) {
    return { kind: 'heading', text: stripEnumerator(cleanText(cell.text)) };
  }
  return { kind: 'data' };
}

/** The office most 公开主体 cells name, as the agency of a catalog that does not state it. */
export function mostCommonAgency(subjects: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const s of subjects) {
    if (s && /(局|委员会|委|办公室|政府|中心|院|厅)$/.test(s) && s.length >= 4) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [s, c] of counts) if (c > n) [best, n] = [s, c];
  return best;
}
