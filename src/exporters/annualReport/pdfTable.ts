/**
 * Draws one report table into a pdfkit document with its merged cells: rows never split, a table
 * that reaches the foot of the page goes on on the next one with its header rows repeated, and a
 * cell merged over rows on both pages (e.g. 三、本年度办理结果) is drawn on each page with its label.
 */
import type { LayoutCell, TableLayout } from './tableLayout.ts';

type Pdf = PDFKit.PDFDocument;

interface Placed {
  cell: LayoutCell;
  row: number;
  column: number;
}

/** 小五 (9 pt): table 三's ten columns fit the 156 mm 版心. */
const FONT_SIZE = 9;
const PADDING = 3;
const MIN_ROW_HEIGHT = 16;

/** Every cell at its grid row and column, skipping slots that a merged cell above already covers. */
function placeCells(layout: TableLayout): Placed[] {
  const taken = new Set<string>();
  const placed: Placed[] = [];
  layout.rows.forEach((cells, row) => {
    let column = 0;
    for (const cell of cells) {
      while (taken.has(`${row}:${column}`)) column++;
      placed.push({ cell, row, column });
      for (let r = row; r < row + cell.rowSpan; r++) for (let c = column; c < column + cell.colSpan; c++) taken.add(`${r}:${c}`);
      column += cell.colSpan;
    }
  });
  return placed;
}

function spanWidth(widths: readonly number[], { column, cell }: Placed): number {
  return widths.slice(column, column + cell.colSpan).reduce((sum, width) => sum + width, 0);
}

function textHeight(doc: Pdf, text: string, width: number): number {
  doc.font('cjk').fontSize(FONT_SIZE);
  return doc.heightOfString(text === '' ? ' ' : text, { width: width - 2 * PADDING }) + 2 * PADDING;
}

const sumOf = (heights: readonly number[], from: number, to: number) => heights.slice(from, to).reduce((sum, height) => sum + height, 0);

/** Row heights: each row as tall as its tallest single-row cell; a merged cell stretches its last row if it needs more. */
function rowHeights(layout: TableLayout, placed: readonly Placed[], needs: readonly number[]): number[] {
  const heights = layout.rows.map(() => MIN_ROW_HEIGHT);
  const bySpan = placed.map((entry, index) => ({ entry, need: needs[index] ?? 0 })).sort((a, b) => a.entry.cell.rowSpan - b.entry.cell.rowSpan);
  for (const { entry, need } of bySpan) {
    const last = entry.row + entry.cell.rowSpan - 1;
    const have = sumOf(heights, entry.row, last + 1);
    if (need > have) heights[last] = (heights[last] ?? 0) + need - have;
  }
  return heights;
}

function drawCell(doc: Pdf, entry: Placed, box: { x: number; y: number; width: number; height: number }): void {
  if (entry.cell.blank) doc.rect(box.x, box.y, box.width, box.height).fill('#eeeeee').fillColor('black');
  doc.lineWidth(0.6).rect(box.x, box.y, box.width, box.height).stroke();
  const label = entry.cell.role === 'label' && entry.cell.colSpan > 1;
  const height = textHeight(doc, entry.cell.text, box.width);
  const top = box.y + Math.max(0, (box.height - height) / 2) + PADDING;
  doc.font(entry.cell.role === 'head' ? 'cjk-bold' : 'cjk').fontSize(FONT_SIZE);
  // `height` keeps the text inside its box: pdfkit would otherwise open a page for an overflowing line.
  doc.text(entry.cell.text, box.x + PADDING, top, { width: box.width - 2 * PADDING, height: Math.max(box.height - 2 * PADDING, FONT_SIZE), align: label ? 'left' : 'center' });
}

interface Grid {
  placed: Placed[];
  widths: number[];
  heights: number[];
  /** The height each placed cell's text needs. */
  needs: number[];
  left: number;
}

/**
 * Where to break before `candidate`: moved up while a merged cell cut there would keep too little
 * room for its text on either page (say 三、本年度办理结果 left with one row). Never above `start + 1`.
 */
function breakRow(grid: Grid, start: number, candidate: number): number {
  for (let row = candidate; row > start + 1; row--) {
    const cutsTooSmall = grid.placed.some((entry, index) => {
      const end = entry.row + entry.cell.rowSpan;
      if (entry.row >= row || end <= row) return false;
      const need = grid.needs[index] ?? 0;
      return sumOf(grid.heights, Math.max(entry.row, start), row) < need || sumOf(grid.heights, row, end) < need;
    });
    if (!cutsTooSmall) return row;
  }
  return candidate;
}

/** Draws rows [from, to) at `top`; merged cells are clipped to those rows. Returns the y below them. */
function drawRows(doc: Pdf, grid: Grid, from: number, to: number, top: number): number {
  const offset = (row: number) => top + sumOf(grid.heights, from, row);
  for (const entry of grid.placed) {
    const first = Math.max(entry.row, from);
    const last = Math.min(entry.row + entry.cell.rowSpan, to);
    if (first >= last) continue;
    const x = grid.left + grid.widths.slice(0, entry.column).reduce((sum, width) => sum + width, 0);
    drawCell(doc, entry, { x, y: offset(first), width: spanWidth(grid.widths, entry), height: offset(last) - offset(first) });
  }
  return offset(to);
}

/** Draws the table from doc.y across the page's text width, over as many pages as it needs. */
export function drawTable(doc: Pdf, layout: TableLayout): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const total = layout.weights.reduce((sum, weight) => sum + weight, 0);
  const widths = layout.weights.map((weight) => (width * weight) / total);
  const placed = placeCells(layout);
  const needs = placed.map((entry) => textHeight(doc, entry.cell.text, spanWidth(widths, entry)));
  const grid: Grid = { placed, widths, heights: rowHeights(layout, placed, needs), needs, left };
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const header = layout.headerRows;
  let top = doc.y;
  if (top + sumOf(grid.heights, 0, header + 1) > bottom()) top = newPage(doc);
  let start = header;
  let bodyTop = drawRows(doc, grid, 0, header, top);
  for (let row = header; row < layout.rows.length; row++) {
    if (bodyTop + sumOf(grid.heights, start, row + 1) <= bottom()) continue;
    const cut = breakRow(grid, start, row);
    drawRows(doc, grid, start, cut, bodyTop);
    bodyTop = drawRows(doc, grid, 0, header, newPage(doc));
    start = cut;
  }
  doc.x = left;
  doc.y = drawRows(doc, grid, start, layout.rows.length, bodyTop);
}

function newPage(doc: Pdf): number {
  doc.addPage();
  return doc.page.margins.top;
}
