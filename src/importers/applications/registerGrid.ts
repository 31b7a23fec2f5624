import type { GridRow, SourceTable } from '../table/grid.ts';
import { columnOfHeader, type RegisterColumn } from './registerHeaders.ts';

/** One data row of a 台账 by column, with its row number in the file (1-based). */
export interface RegisterRow {
  row: number;
  cells: Partial<Record<RegisterColumn, string>>;
}

export interface RegisterGrid {
  /** The row number of the (last) header row. */
  headerRow: number;
  columns: Set<RegisterColumn>;
  rows: RegisterRow[];
}

/** How many rows from the top may hold titles or notes before the header. */
const HEADER_SEARCH_ROWS = 12;

interface Slot {
  text: string;
  mergedFromAbove: boolean;
  /** A column covered by the cell to its left (colSpan): headers repeat its text, data rows leave it empty. */
  spanned: boolean;
}

/** A grid row spread over its columns. */
function spread(row: GridRow): Slot[] {
  return row.flatMap((cell) => Array.from({ length: Math.max(1, cell.colSpan ?? 1) }, (_, i) => ({
    text: cell.text,
    mergedFromAbove: cell.mergedFromAbove === true,
    spanned: i > 0,
  })));
}

const TOTAL_ROW = /^(合计|总计|小计)$/;

/** Columns named by one header row, or by a group row over a leaf row (征求意见 / 开始日期). */
function headerColumns(rows: Slot[][], at: number, twoRows: boolean): (RegisterColumn | null)[] {
  const top = rows[at]!;
  const below = twoRows ? rows[at + 1] ?? [] : [];
  const width = Math.max(top.length, below.length);
  const seen = new Set<RegisterColumn>();
  return Array.from({ length: width }, (_, c) => {
    const group = top[c]?.text.trim() ?? '';
    const leaf = below[c] && !below[c]!.mergedFromAbove ? below[c]!.text.trim() : '';
    const column = (leaf ? columnOfHeader(group + leaf) ?? columnOfHeader(leaf) : null) ?? columnOfHeader(group);
    if (!column || seen.has(column)) return null;
    seen.add(column);
    return column;
  });
}

const score = (columns: (RegisterColumn | null)[]) => columns.filter((c) => c !== null).length;

/**
 * Finds the header among the first rows (a title row or a note may stand above it, a group
 * row above the leaf headers) and reads every later non-empty row by column. A cell merged
 * from above in a data row repeats the value above it, as the merge shows it. Null when no
 * row names at least three register columns.
 */
export function registerGrid(table: SourceTable, firstRowNumber: number): RegisterGrid | null {
  const rows = table.rows.map(spread);
  let best: { at: number; twoRows: boolean; columns: (RegisterColumn | null)[] } | null = null;
  for (let at = 0; at < Math.min(rows.length, HEADER_SEARCH_ROWS); at++) {
    for (const twoRows of [false, true]) {
      if (twoRows && at + 1 >= rows.length) continue;
      const columns = headerColumns(rows, at, twoRows);
      if (!best || score(columns) > score(best.columns)) best = { at, twoRows, columns };
    }
  }
  if (!best || score(best.columns) < 3) return null;
  const dataFrom = best.at + (best.twoRows ? 2 : 1);
  const previous: string[] = [];
  const data: RegisterRow[] = [];
  for (let r = dataFrom; r < rows.length; r++) {
    const cells: RegisterRow['cells'] = {};
    let filled = false;
    best.columns.forEach((column, c) => {
      const slot = rows[r]![c];
      const text = slot?.mergedFromAbove ? (previous[c] ?? '') : slot?.spanned ? '' : (slot?.text ?? '').trim();
      previous[c] = text;
      if (!column || !text) return;
      cells[column] = text;
      if (!slot?.mergedFromAbove) filled = true;
    });
    if (rows[r]!.some((slot) => TOTAL_ROW.test(slot.text.replace(/\s+/g, '')))) continue;
    if (filled) data.push({ row: firstRowNumber + r, cells });
  }
  return { headerRow: firstRowNumber + dataFrom - 1, columns: new Set(best.columns.filter((c): c is RegisterColumn => c !== null)), rows: data };
}
