import type { GridCell, GridRow } from '../table/grid.ts';
import { fieldOfLabel } from '../table/headerVocabulary.ts';

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

/**
 * 一级事项 is merged by nature; 公开依据, 时限, 主体 and 渠道 are where no row of the table off the page
 * tops leaves them empty (or where nearly every row tops a page, as in Calc's print of tall rows).
 */
const MERGED_BY_NATURE = new Set(['basis', 'timeLimit', 'subject', 'channels']);

/** Header rows merge cells too: they are left out of the habits (at most three when no page repeats them). */
const HEADER_ROWS = 3;

function habits(rows: GridRow[], width: number, header: GridRow[], untouched: GridRow[]): ColumnHabits {
  const same = rows.filter((row) => row.length === width && !row.some((cell) => (cell.colSpan ?? 1) > 1));
  const ownText = new Set<number>();
  const merging = new Set<number>();
  let seq: number | null = null;
  // Columns merged by nature, even where no merge shows (Calc printing one row a page).
  const slots = (row: GridRow) => row.flatMap((cell) => Array.from({ length: cell.colSpan ?? 1 }, () => cell));
  for (const row of header.map(slots).filter((r) => r.length === width)) {
    row.forEach((cell, c) => {
      const kind = fieldOfLabel(cell.text)?.kind ?? '';
      const neverEmpty = untouched.length < 3 || untouched.every((r) => r.length !== width || r[c]!.mergedFromAbove || r[c]!.text.trim());
      if (kind === 'level1' || (MERGED_BY_NATURE.has(kind) && neverEmpty)) merging.add(c);
    });
  }
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
 * first row of each later page (repeated header rows already dropped), `headerEnd` the row after the
 * header on the first page (0 when unknown). `closedAbove` tells, per page start and cell, whether a
 * ruling closes the cell above it at the bottom of the page before (known when the exporter draws any).
 */
export function joinRowsSplitByPages(rows: GridRow[], pageStarts: number[], headerEnd = 0, closedAbove = new Map<number, boolean[]>()): GridRow[] {
  const starts = new Set(pageStarts);
  // Habits from the rows no page break touched; with a row or two a page, from every row.
  const from = headerEnd || HEADER_ROWS;
  const untouched = rows.filter((_, k) => k >= from && !starts.has(k));
  const body = untouched.length >= 3 ? untouched : rows.slice(from);
  const linesTell = [...closedAbove.values()].some((cells) => cells.includes(true) && cells.includes(false));
  const out: GridRow[] = [];
  rows.forEach((row, i) => {
    const previous = out.at(-1);
    // (A top cell can already continue a merge: Calc draws no top border under a repeated header there.)
    if (!starts.has(i) || !previous || previous.length !== row.length) {
      out.push(row);
      return;
    }
    const h = habits(body, row.length, rows.slice(0, from), untouched);
    if (continues(row, h)) {
      row.forEach((cell, c) => {
        if (cell.text.trim()) appendText(out, out.length - 1, c, cell.text);
      });
      return;
    }
    const ruled = closedAbove.get(i);
    // Where the exporter leaves a cut merged cell open (Calc), the lines tell: without one the cell
    // continues the merged cell above, with one it starts anew. Writer closes every cell at a break.
    const drawn = linesTell && ruled?.length === row.length ? ruled : null;
    const merged = (cell: GridCell, c: number) =>
      !cell.mergedFromAbove && (drawn ? !drawn[c] && joinMerge(out, c, cell) : h.merging.has(c) && continuesMerge(out, c, cell));
    out.push(row.map((cell, c) => (merged(cell, c) ? { ...cell, text: '', mergedFromAbove: true } : cell)));
  });
  return out;
}

/**
 * Whether the top cell of a page, in a column with vertical merges, belongs to the merged cell the
 * previous page ended with. Word and Writer print a merged cell's text at its top, so the part on the
 * next page is empty; Excel and Calc centre it over the whole cell, so the text may come on a later
 * page, under an empty first part: the text then moves up to where the merged cell starts.
 */
function continuesMerge(rows: GridRow[], c: number, cell: GridCell): boolean {
  const origin = mergeOrigin(rows, c);
  if (!cell.text.trim()) return true;
  if (origin.text.trim()) return false;
  origin.text = cell.text;
  return true;
}

function mergeOrigin(rows: GridRow[], c: number): GridCell {
  let r = rows.length - 1;
  while (r > 0 && rows[r]![c]!.mergedFromAbove) r--;
  return rows[r]![c]!;
}

/**
 * The top cell of a page that no line parts from the merged cell above (Calc draws a merged cell's
 * bottom line only under its last row). Calc prints the label centred on the whole cell, and again
 * (clipped) on each page it spans: a label found lower moves up to an empty first part, a repeat is dropped.
 */
function joinMerge(rows: GridRow[], c: number, cell: GridCell): boolean {
  const origin = mergeOrigin(rows, c);
  if (!origin.text.trim()) origin.text = cell.text;
  return true;
}
