/**
 * Tables that run over a page break. Each page's part of a table is rebuilt from that page's own
 * rulings (pdfTables.ts), so the parts need not have the same columns: where table 三's label cells
 * merge across the label columns (一、… over three, （一）… over two), a page holding only such rows
 * draws one label column, the next page, with the group cells (（三）不予公开 beside 1. 2. …), three.
 * Put one under the other as they are, a column index would mean another column on each page. So
 * before the rows of a continuing part are added, both parts are laid on the borders of the two
 * together: every cell keeps its own left and right border and spans the columns between them.
 */
import type { GridRow } from '../table/grid.ts';
import { groupNear } from './pdfRuns.ts';
import { joinSplitRow, type PageReading, type PageTablePart } from './pdfTables.ts';

/** Borders of two parts closer than this (points) are the same border: the outer ones of a table drawn again. */
const SAME_BORDER = 3;

/** The borders of both parts, left to right, borders within SAME_BORDER of each other counted once. */
export function unitedEdges(a: readonly number[], b: readonly number[]): number[] {
  return groupNear([...a, ...b], (x) => x, SAME_BORDER).map((group) => group.reduce((sum, x) => sum + x, 0) / group.length);
}

const nearest = (x: number, edges: readonly number[]) =>
  edges.reduce((best, edge, index) => (Math.abs(edge - x) < Math.abs(edges[best]! - x) ? index : best), 0);

/**
 * The rows of a part laid on `united` borders: a cell from its part's border c to c + span spans the
 * united columns between the same two borders. Null when a row does not reach across its part's borders.
 */
export function respanned(rows: readonly GridRow[], edges: readonly number[], united: readonly number[]): GridRow[] | null {
  const out: GridRow[] = [];
  for (const row of rows) {
    let column = 0;
    const cells: GridRow = [];
    for (const { colSpan, ...cell } of row) {
      const span = colSpan && colSpan > 0 ? colSpan : 1;
      const [left, right] = [edges[column], edges[column + span]];
      if (left === undefined || right === undefined) return null;
      const width = nearest(right, united) - nearest(left, united);
      cells.push(width > 1 ? { ...cell, colSpan: width } : cell);
      column += span;
    }
    out.push(cells);
  }
  return out;
}

/** The same table drawn again: the same outer borders, left and right. */
const sameFrame = (a: readonly number[], b: readonly number[]) =>
  a.length >= 2 && b.length >= 2 && Math.abs(a[0]! - b[0]!) <= SAME_BORDER && Math.abs(a.at(-1)! - b.at(-1)!) <= SAME_BORDER;

/** `next` (a page's first table) appended to `part` (the last table before it), on the borders of both. */
function continued(part: PageTablePart, next: PageTablePart): PageTablePart | null {
  if (!sameFrame(part.edges, next.edges)) return null;
  const edges = unitedEdges(part.edges, next.edges);
  const before = respanned(part.rows, part.edges, edges);
  const after = respanned(next.rows, next.edges, edges);
  if (!before || !after) return null;
  return { top: part.top, edges, rows: withSplitRowJoined(before, after) };
}

/** A row cut by the page break (its rest on the next page, without a number or row marker) is joined again. */
function withSplitRowJoined(before: readonly GridRow[], after: readonly GridRow[]): GridRow[] {
  const [first, ...rest] = after;
  const joined = first && before.length > 0 ? joinSplitRow(before.at(-1)!, first) : null;
  return joined ? [...before.slice(0, -1), joined, ...rest] : [...before, ...after];
}

/**
 * `next` as its own part after `part`; when the page break cut a row (same cells on both sides),
 * its rest is joined to `part`'s last row.
 */
function afterBreak(part: PageTablePart, next: PageTablePart): PageTablePart[] {
  const [first, ...rest] = next.rows;
  const joined = first && part.rows.length > 0 ? joinSplitRow(part.rows.at(-1)!, first) : null;
  if (!joined) return [part, next];
  return [{ ...part, rows: [...part.rows.slice(0, -1), joined] }, { ...next, rows: rest }];
}

/** The rows of every table, page after page; a table continued on the next page is one table, in one set of columns. */
export function documentRows(pages: readonly PageReading[]): GridRow[] {
  const parts: PageTablePart[] = [];
  for (const page of pages) {
    page.tables.forEach((table, index) => {
      const last = parts.at(-1);
      if (index > 0 || !last) {
        parts.push(table);
        return;
      }
      const joined = continued(last, table);
      parts.splice(-1, 1, ...(joined ? [joined] : afterBreak(last, table)));
    });
  }
  return parts.flatMap((part) => part.rows);
}
