/**
 * The tables and the text of one PDF page (from pdf/readPdf.ts: text boxes with positions and the
 * lines drawn). Rulings are grouped into tables by the height their vertical lines cover, so two
 * tables on one page keep their own columns; each table's cells are rebuilt from its own rulings
 * (pageTable: merged cells from the lines that are not drawn), so a cell without text stays an
 * empty cell in its column, never a shifted value. Text outside the tables is read in lines.
 */
import type { GridRow } from '../table/grid.ts';
import { groupNear, runLines, splitAtGaps } from './pdfRuns.ts';
import { isValueText } from './reading.ts';
import { pageTable, type PdfPageLayout, type PageRulings, type Segment, type TextBox } from '../pdf/readPdf.ts';

const TOLERANCE = 2;

/** Vertical extents [top, bottom] covered by the vertical rulings, overlapping ones joined. */
function tableBands(lines: PageRulings): [number, number][] {
  const spans = lines.v.map((segment): [number, number] => [segment.from, segment.to]).sort((a, b) => a[0] - b[0]);
  const bands: [number, number][] = [];
  for (const [from, to] of spans) {
    const last = bands.at(-1);
    if (last && from <= last[1] + DOUBLE_BORDER) last[1] = Math.max(last[1], to);
    else bands.push([from, to]);
  }
  return bands;
}

/**
 * Lines closer than DOUBLE_BORDER are one: a browser draws each cell's own border with the table's
 * cellspacing between them (HTML border="1"), which would otherwise make slivers of empty cells.
 */
const DOUBLE_BORDER = 4;

function snapped(segments: readonly Segment[]): Segment[] {
  return groupNear(segments, (segment) => segment.at, DOUBLE_BORDER).flatMap((group) => {
    const at = group.reduce((sum, segment) => sum + segment.at, 0) / group.length;
    return group.map((segment) => ({ ...segment, at }));
  });
}

/**
 * A row that the page break cuts has no line on the cut side (Chromium draws the cell open to the
 * page's edge): where the table's vertical lines run on past its last horizontal line (or start
 * before its first), the end of the vertical lines closes the cut row, so its text stays a row
 * (joined to its rest on the other page by joinSplitRow) instead of falling out of the table.
 */
function closedAtCuts(h: readonly Segment[], v: readonly Segment[], [top, bottom]: [number, number]): Segment[] {
  const inBand = v.filter((segment) => within((segment.from + segment.to) / 2, [top, bottom]));
  const edge = (at: number): Segment => ({ at, from: Math.min(...inBand.map((s) => s.at)), to: Math.max(...inBand.map((s) => s.at)) });
  const open = (at: number) => inBand.length > 1 && !h.some((segment) => Math.abs(segment.at - at) <= DOUBLE_BORDER);
  return [...(open(top) ? [edge(top)] : []), ...h, ...(open(bottom) ? [edge(bottom)] : [])];
}

/**
 * pdfjs joins the text of neighbouring cells on one baseline into one item when the font is the same
 * ("15 2" over 自然人 and 商业企业 in a narrow table): an item that a vertical line runs through is split at its spaces.
 */
const crossesRuling = (box: TextBox, v: readonly Segment[]) =>
  /\S\s+\S/.test(box.str) && v.some((segment) => segment.at > box.x + 1 && segment.at < box.right - 1 && segment.from <= box.bottom && segment.to >= box.top);

const within = (value: number, [top, bottom]: [number, number]) => value >= top - TOLERANCE && value <= bottom + TOLERANCE;
const middle = (box: TextBox) => (box.top + box.bottom) / 2;

/** A line of text: its runs (pdfRuns.ts) left to right, a space between runs. */
export interface TextLine {
  top: number;
  right: number;
  size: number;
  text: string;
}

export function textLines(boxes: readonly TextBox[]): TextLine[] {
  return runLines([[...boxes]]).map((line) => ({
    top: line.top,
    right: Math.max(...line.runs.map((run) => run.right)),
    size: line.runs[0]?.size ?? 1,
    text: line.runs.map((run) => run.text).join(' '),
  }));
}

export interface PageTablePart {
  top: number;
  rows: GridRow[];
  edges: number[];
}

export interface PageReading {
  /** The rows of each table on the page, top to bottom, with the x of its column borders. */
  tables: PageTablePart[];
  /** Lines of text outside the tables. */
  lines: TextLine[];
}

export function readPageTables(page: PdfPageLayout): PageReading {
  const tables: PageReading['tables'] = [];
  const inTables = new Set<TextBox>();
  for (const band of tableBands(page.lines)) {
    const boxes = page.boxes.filter((box) => within(middle(box), band));
    const lines: PageRulings = {
      h: snapped(closedAtCuts(page.lines.h.filter((segment) => within(segment.at, band)), page.lines.v, band)),
      v: snapped(page.lines.v.filter((segment) => within((segment.from + segment.to) / 2, band))),
    };
    const table = pageTable(boxes.flatMap((box) => (crossesRuling(box, lines.v) ? splitAtGaps(box) : [box])), lines);
    if (!table || table.rows.length === 0) continue;
    tables.push({ top: band[0], rows: table.rows, edges: table.edges });
    for (const box of boxes) inTables.add(box);
  }
  return { tables, lines: textLines(page.boxes.filter((box) => !inTables.has(box))) };
}

/** The start of a row label of the report tables: 一、 （一） 1. (regulations.md §2.3). */
const ROW_MARKER = /^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])/;
const isNumber = (text: string) => text.trim() !== '' && isValueText(text);

/**
 * A row that a page break cut in two: the next page's first row then holds only the rest of the
 * labels (no number, no row marker), in the same cells as the last row of the page before.
 * Returns the joined row, or null when `next` is a row of its own.
 */
export function joinSplitRow(previous: GridRow, next: GridRow): GridRow | null {
  if (previous.length !== next.length || next.every((cell) => cell.text.trim() === '')) return null;
  const sameShape = previous.every((cell, index) => (cell.colSpan ?? 1) === (next[index]!.colSpan ?? 1));
  const onlyRest = next.every((cell, index) => {
    if (cell.text.trim() === '') return true;
    const above = previous[index]!.text;
    return !isNumber(cell.text) && !ROW_MARKER.test(cell.text) && above.trim() !== '' && !isNumber(above);
  });
  if (!sameShape || !onlyRest) return null;
  return previous.map((cell, index) => ({ ...cell, text: cell.text + next[index]!.text }));
}
