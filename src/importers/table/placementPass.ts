/**
 * Placement pass: which field each cell of a data row belongs to. The header's
 * fields make a template of slots; alignRow puts back cells that extraction
 * dropped or shifted; ticks become marks, text cells become the draft's fields.
 */
import { compact, isMark } from './cellText.ts';
import { newDraft, type Cell, type Draft, type TextKind } from './draft.ts';
import { alignRow, fit, type Slot } from './alignRow.ts';
import type { Field } from './headerVocabulary.ts';
import { joinText } from './draft.ts';

/** The header column of each slot (−1 for the virtual second 序号). */
function slotColumns(slots: readonly Slot[]): number[] {
  let column = 0;
  return slots.map((slot) => (slot.kind === 'seq2' ? -1 : column++));
}

/** True when a filled cell landed in a column other than its own (cells in the virtual 序号 slot shift the rest by one). */
function movedCells(row: readonly Cell[], placing: readonly number[], slots: readonly Slot[]): boolean {
  const columns = slotColumns(slots);
  let extra = 0;
  return placing.some((slotIndex, i) => {
    if (slotIndex < 0) return compact(row[i]!.text) !== '';
    if (columns[slotIndex] === -1) {
      extra++;
      return false;
    }
    return compact(row[i]!.text) !== '' && columns[slotIndex] !== i - extra;
  });
}

/** Below this fit a cell plainly does not belong to its column (a number under 一级事项, a tick under 公开内容). */
const MISFIT = -2;

/** A filled cell that cannot stand in slot j: it plainly misfits, or rows in place showed its text in another column. */
function misplaced(cell: Cell, j: number, slots: readonly Slot[], seen: readonly Set<string>[]): boolean {
  const text = compact(cell.text);
  if (cell.merged || text === '') return false;
  if (fit(cell.text, slots[j]!) <= MISFIT) return true;
  return !seen[j]?.has(text) && seen.some((texts, k) => k !== j && texts?.has(text));
}

/**
 * A row with exactly one cell per header column stands as written: its cells are its columns, and ticks are not
 * re-fitted (an unnamed tick column such as 公开层级 would otherwise lose its ticks to 特定群体 and 依申请).
 * Null when the count differs or a cell is misplaced (a merged cell dropped and an empty one added at the end).
 */
function asWritten(row: readonly Cell[], slots: readonly Slot[], seen: readonly Set<string>[]): number[] | null {
  const columnSlots = slots.flatMap((slot, j) => (slot.kind === 'seq2' ? [] : [j]));
  if (row.length !== columnSlots.length) return null;
  return row.some((cell, i) => misplaced(cell, columnSlots[i]!, slots, seen)) ? null : columnSlots;
}

/** The template the cells of a data row are aligned to. */
export function slotsOf(fields: readonly (Field | null)[]): Slot[] {
  const slots: Slot[] = [];
  for (const field of fields) {
    slots.push(field ?? { kind: 'ignore' });
    if (field?.kind === 'level1') slots.push({ kind: 'seq2' });
  }
  // Some forms number the rows after the 一级事项 cell without a header for it.
  if (!slots.some((s) => s.kind === 'seq2')) {
    const seqAt = slots.findIndex((s) => s.kind === 'seq');
    if (seqAt >= 0) slots.splice(seqAt + 1, 0, { kind: 'seq2' });
  }
  return slots;
}

/** A tick cell: a structured reader's ticked box, or a mark glyph (√ ☑ ✓ …). */
function ticked(cell: Cell): boolean {
  return cell.checkboxes ? cell.checkboxes.some((b) => b.checked) : isMark(cell.text) && compact(cell.text) !== '';
}

/** Every text column of the header got a filled cell of the row (a row the extraction left whole). */
function completeRow(row: readonly Cell[], placing: readonly number[], slots: readonly Slot[]): boolean {
  const filled = new Set(placing.filter((slotIndex, i) => slotIndex >= 0 && compact(row[i]!.text) !== ''));
  return slots.every((slot, j) => !TEXT_SLOT.has(slot.kind) || filled.has(j));
}

const TEXT_SLOT = new Set(['seq', 'level1', 'level2', 'content', 'basis', 'timeLimit', 'subject', 'channels']);

/** The columns whose text repeats down the table (not the items' own names and contents); unnamed columns too (更新频率). */
const REPEATING = new Set(['basis', 'timeLimit', 'subject', 'channels', 'column', 'ignore']);

/** Worth remembering in a slot: a text long enough to tell columns apart, or a tick under an unnamed column (公开层级). */
function telling(text: string, slot: Slot): boolean {
  if (!REPEATING.has(slot.kind) || text === '') return false;
  if (isMark(text)) return slot.kind === 'ignore';
  return text.length >= 4;
}

/** Texts that tell columns apart (a 公开时限 sentence, a 公开主体, an unnamed column's tick), by slot, from a row in place. */
function rememberTexts(row: readonly Cell[], placing: readonly number[], slots: readonly Slot[], seen: Set<string>[]): void {
  placing.forEach((slotIndex, i) => {
    const text = compact(row[i]!.text);
    if (slotIndex < 0 || !telling(text, slots[slotIndex]!)) return;
    (seen[slotIndex] ??= new Set()).add(text);
  });
}

/** The tick slots of a row in place, remembered (replacing the last row's) when it has any. */
function rememberTicks(row: readonly Cell[], placing: readonly number[], slots: readonly Slot[], ticks: Set<number>): void {
  const now = placing.filter((slotIndex, i) => slotIndex >= 0 && ['audience', 'mode', 'five'].includes(slots[slotIndex]!.kind) && ticked(row[i]!));
  if (now.length === 0) return;
  ticks.clear();
  for (const slotIndex of now) ticks.add(slotIndex);
}

/**
 * The last in-place row's ticks fit a shifted row's ticks when they are spaced alike (√ _ √ both), or the
 * row has one tick: the row moved as a whole, and its ticks with it.
 */
function spacedLike(row: readonly Cell[], ticks: ReadonlySet<number>): boolean {
  // A tick cell: a mark, or one ticked box (a channel cell's box list is no tick).
  const at = row.flatMap((cell, i) => (ticked(cell) && (cell.checkboxes?.length ?? 1) === 1 ? [i] : []));
  const pattern = [...ticks].sort((a, b) => a - b);
  if (at.length === 1) return true;
  return at.length === pattern.length && at.every((i, k) => i - at[0]! === pattern[k]! - pattern[0]!);
}

/**
 * Places one data row's cells into a draft; `moved` tells whether any cell left its own column.
 * A row that must move is aligned again with the last in-place row's ticks as a hint (`ticks`),
 * where its ticks are spaced like them.
 */
export function placeRow(
  row: readonly Cell[],
  slots: readonly Slot[],
  rowIndex: number,
  seen: Set<string>[] = [],
  ticks: Set<number> = new Set(),
): { draft: Draft; moved: boolean } {
  let placing = asWritten(row, slots, seen) ?? alignRow(row, slots, seen);
  let moved = movedCells(row, placing, slots);
  if (moved && ticks.size > 0 && spacedLike(row, ticks)) {
    placing = alignRow(row, slots, seen, ticks);
    moved = movedCells(row, placing, slots);
  }
  if (!moved) rememberTicks(row, placing, slots, ticks);
  if (!moved && completeRow(row, placing, slots)) rememberTexts(row, placing, slots, seen);
  const draft = newDraft(rowIndex);
  placing.forEach((slotIndex, i) => {
    if (slotIndex < 0) return;
    const slot = slots[slotIndex]!;
    const cell = row[i]!;
    if (slot.kind === 'ignore') return;
    if (slot.kind === 'audience' || slot.kind === 'mode' || slot.kind === 'five') {
      if (!ticked(cell)) return;
      if (slot.kind === 'audience') draft.audience.add(slot.value);
      else if (slot.kind === 'mode') draft.mode.add(slot.value);
      else draft.five.add(slot.value);
      return;
    }
    const kind = slot.kind as TextKind;
    if (cell.merged) {
      draft.mergedKinds.add(kind);
      return;
    }
    if (compact(cell.text) === '') return;
    draft.own[kind] = joinText(draft.own[kind], cell.text);
    if (kind === 'channels' && cell.checkboxes) draft.boxes = cell.checkboxes;
  });
  return { draft, moved };
}
