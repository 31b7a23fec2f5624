import type { GridCell, GridRow } from '../table/grid.ts';

/**
 * Rows cut by a page break. Word and LibreOffice let a table row run over a
 * page break: its first lines end one page, the rest starts the next (under
 * the repeated header). Read page by page, that row comes out as two rows;
 * this joins them again, and marks an empty cell at the top of a page as the
 * continuation of a vertical merge (一级事项 spanning the break).
 */

const NUMBER = /^(\d{1,4}|[一二三四五六七八九十百]{1,4})[、.．]?$/;
const LINE_START = /^([■□☑☐☒þ¨√✓]|\d{1,2}[.、．])/;

interface ColumnHabits {
  /** Columns nearly every row fills itself (序号, 二级事项, 公开内容 …): empty there means a row's continuation. */
  ownText: Set<number>;
  /** The 序号 column: digits on nearly every row. */
  seq: number | null;
  /** Columns where vertical merges happen (一级事项 …). */
  merging: Set<number>;
}

/** Header rows (at most three, as the interpreter reads them) merge cells too: they are left out of the habits. */
const HEADER_ROWS = 3;

function habits(rows: GridRow[], width: number): ColumnHabits {
  const same = rows.slice(HEADER_ROWS).filter((row) => row.length === width && !row.some((cell) => (cell.colSpan ?? 1) > 1));
  const ownText = new Set<number>();
  const merging = new Set<number>();
  let seq: number | null = null;
  for (let c = 0; c < width; c++) {
    const cells = same.map((row) => row[c]!);
    const filled = cells.filter((cell) => !cell.mergedFromAbove && cell.text.trim()).length;
    if (cells.some((cell) => cell.mergedFromAbove)) merging.add(c);
    if (cells.length >= 3 && filled >= cells.length * 0.9) ownText.add(c);
    const numbers = cells.filter((cell) => NUMBER.test(cell.text.trim())).length;
    if (seq === null && cells.length >= 3 && numbers >= cells.length * 0.8) seq = c;
  }
  return { ownText, seq, merging };
}

function continues(row: GridRow, h: ColumnHabits): boolean {
  if (h.seq !== null) return !row[h.seq]!.text.trim();
  return [...h.ownText].some((c) => !row[c]!.text.trim());
}

function appendText(rows: GridRow[], at: number, c: number, text: string): void {
  let r = at;
  while (r > 0 && rows[r]![c]!.mergedFromAbove) r--;
  const cell: GridCell = rows[r]![c]!;
  cell.text = cell.text ? cell.text + (LINE_START.test(text) ? '\n' : '') + text : text;
}

/**
 * Joins each page's first row to the previous page's last row when it is that
 * row's continuation: same cells, and an empty 序号 (or, without 序号, an empty
 * cell in a column every other row fills). `pageStarts` are the indices of the
 * first row of each later page (repeated header rows already dropped).
 */
export function joinRowsSplitByPages(rows: GridRow[], pageStarts: number[]): GridRow[] {
  const starts = new Set(pageStarts);
  const out: GridRow[] = [];
  rows.forEach((row, i) => {
    const previous = out.at(-1);
    if (!starts.has(i) || !previous || previous.length !== row.length || row.some((cell) => cell.mergedFromAbove)) {
      out.push(row);
      return;
    }
    const h = habits(rows.filter((_, k) => !starts.has(k)), row.length);
    if (continues(row, h)) {
      row.forEach((cell, c) => {
        if (cell.text.trim()) appendText(out, out.length - 1, c, cell.text);
      });
      return;
    }
    out.push(row.map((cell, c) => (!cell.text.trim() && h.merging.has(c) ? { ...cell, text: '', mergedFromAbove: true } : cell)));
  });
  return out;
}
