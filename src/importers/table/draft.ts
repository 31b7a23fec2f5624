/**
 * The working shapes the interpreter's passes share: a data cell after column
 * spans are expanded, and the draft of one item (its cells by field) before
 * continuations and vertical merges are resolved.
 */
import type { Audience, FiveType, Mode } from '../../domain/catalog/vocabulary.ts';
import { compact } from './cellText.ts';
import type { GridCell } from './grid.ts';

export interface Cell {
  text: string;
  merged: boolean;
  checkboxes?: { checked: boolean; label?: string }[];
}

/** A row with every spanned column present: a cell spanning k columns becomes the cell and k − 1 empty ones. */
export function expand(row: readonly GridCell[]): Cell[] {
  const out: Cell[] = [];
  for (const cell of row) {
    const base: Cell = { text: cell.text ?? '', merged: cell.mergedFromAbove === true };
    if (cell.checkboxes) base.checkboxes = cell.checkboxes;
    out.push(base);
    for (let k = 1; k < (cell.colSpan ?? 1); k++) out.push({ text: '', merged: base.merged });
  }
  return out;
}

export const texts = (row: readonly Cell[]): string[] => row.map((c) => c.text);
export const nonEmpty = (row: readonly Cell[]): Cell[] => row.filter((c) => compact(c.text) !== '');

export type TextKind =
  | 'seq'
  | 'seq2'
  | 'level1'
  | 'level2'
  | 'content'
  | 'basis'
  | 'timeLimit'
  | 'subject'
  | 'channels'
  | 'column'
  | 'category'
  | 'remarks'
  | 'audienceText'
  | 'modeText'
  | 'fiveText'
  | 'marks';

/** One data row's cells by field, before continuations and merges. */
export interface Draft {
  row: number;
  own: Partial<Record<TextKind, string>>;
  /** Checkbox lists from a structured reader, for the 公开渠道 cell. */
  boxes?: { checked: boolean; label?: string }[];
  audience: Set<Audience>;
  mode: Set<Mode>;
  five: Set<FiveType>;
  /** Cells a structured reader marked as vertically merged: inherit even when the table knows merges. */
  mergedKinds: Set<TextKind>;
  seq: string | null;
  /** The 序号 cell's text as printed, when a 序号 was read. */
  seqText?: string;
}

export function newDraft(row: number): Draft {
  return { row, own: {}, audience: new Set(), mode: new Set(), five: new Set(), mergedKinds: new Set(), seq: null };
}

/** Appends a cell's further text (the next physical row of a wrapped cell). */
export function joinText(a: string | undefined, b: string, sep = '\n'): string {
  return a && compact(a) !== '' ? `${a}${sep}${b}` : b;
}

export const hasMarks = (draft: Draft): boolean => draft.audience.size + draft.mode.size + draft.five.size > 0;
