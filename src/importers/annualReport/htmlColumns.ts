/**
 * Where a table's value columns are, told by its own header rows: published pages add empty cells at
 * the end or in front of a row (the text copy of the 得荣县卫健局 2019 page shows two after every row),
 * so "the last seven cells" of a row is not a reading. A value is read from the grid column under its
 * header; a header the page lacks leaves the reader to its former rule.
 */
import type { HtmlGrid, SlotCell } from './htmlTables.ts';
import { normalizeLabel } from './labels.ts';

/**
 * The grid column of each wanted header, left to right, found in `rows` (the header rows); null when
 * one is missing or they are not in the format's order.
 */
export function headerColumns(grid: HtmlGrid, rows: readonly number[], wanted: readonly string[]): number[] | null {
  const width = Math.max(0, ...rows.map((r) => grid[r]?.length ?? 0));
  const columns: number[] = [];
  let from = 0;
  for (const label of wanted) {
    let found = -1;
    for (let c = from; c < width && found < 0; c++) {
      if (rows.some((r) => normalizeLabel(grid[r]?.[c]?.text ?? '') === label)) found = c;
    }
    if (found < 0) return null;
    columns.push(found);
    from = found + 1;
  }
  return columns;
}

export interface AlignedRow {
  /** The distinct cells left of the first value column, joined: the row's label. */
  label: string;
  /** The value cells' texts; a slot the row does not reach is blank. */
  values: string[];
  /** Why the row cannot be read as it stands (a merged cell over two value columns, numbers right of the last column). */
  problem?: string;
}

const isBlank = (slot: SlotCell | undefined) => !slot || /^[\s\u00a0\u3000]*$/.test(slot.text);

/** One grid row read under the header's columns. */
export function alignedRow(grid: HtmlGrid, r: number, columns: readonly number[]): AlignedRow {
  const row = grid[r] ?? [];
  const first = columns[0]!;
  const labelCells: SlotCell[] = [];
  for (let c = 0; c < first; c++) {
    const slot = row[c];
    if (slot && !labelCells.includes(slot)) labelCells.push(slot);
  }
  const label = labelCells.map((cell) => cell.text).join('');
  const slots = columns.map((c) => row[c]);
  const values = slots.map((slot) => slot?.text ?? '');
  const merged = slots.some((slot, i) => slot && (labelCells.includes(slot) || slots.indexOf(slot) !== i));
  if (merged) return { label, values, problem: '单元格跨越了数字列' };
  const beyond = row.slice(columns.at(-1)! + 1).filter((slot) => !slots.includes(slot));
  if (beyond.some((slot) => !isBlank(slot))) return { label, values, problem: '最后一列之后还有内容' };
  return { label, values };
}
