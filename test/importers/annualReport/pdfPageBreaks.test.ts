/**
 * Cells of ruled PDF tables placed in one grid when a table runs over a page break (pdfPageBreaks.ts,
 * pdfTables.ts, pdf/readPdf.ts pageTable). Pages are built here from lines and text boxes at given
 * positions: each page's part is rebuilt from its own lines, so its columns may differ from the
 * other page's; the values must still stand under their header.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { documentRows } from '../../../src/importers/annualReport/pdfPageBreaks.ts';
import { readPageTables } from '../../../src/importers/annualReport/pdfTables.ts';
import { slotGridOf } from '../../../src/importers/annualReport/slotGrid.ts';
import { pageTable, type PdfPageLayout, type Segment, type TextBox } from '../../../src/importers/pdf/readPdf.ts';

const SIZE = 10;
/** `text` starting at x, its line at `top`, 10 pt a character. */
const box = (str: string, x: number, top: number): TextBox => ({ str, x, top, right: x + [...str].length * SIZE, bottom: top + SIZE, size: SIZE });

/**
 * The lines of a table with borders `xs` and `ys`, each cell's sides drawn, except the vertical
 * sides `open` lists as "x index@row" and horizontal ones as "y index:column" (a merged cell).
 */
function ruled(xs: number[], ys: number[], open: string[] = []): { h: Segment[]; v: Segment[] } {
  const h: Segment[] = [];
  const v: Segment[] = [];
  ys.forEach((y, j) => xs.slice(1).forEach((x, c) => open.includes(`${j}:${c}`) || h.push({ at: y, from: xs[c]!, to: x })));
  ys.slice(1).forEach((y, r) => xs.forEach((x, i) => open.includes(`${i}@${r}`) || v.push({ at: x, from: ys[r]!, to: y })));
  return { h, v };
}

const texts = (grid: ReturnType<typeof slotGridOf>, row: number) => grid[row]!.map((slot) => slot.text);

describe('a ruled table over a page break: one grid of columns', () => {
  it('keeps each value under its header when one page merges the label columns and the next does not', () => {
    // Page 1: one label column (header, 一、… over the whole label width); page 2: three (三、 over rows, （一）… over two).
    const first: PdfPageLayout = {
      lines: ruled([50, 350, 400, 450], [100, 130, 160]),
      boxes: [box('标题', 60, 110), box('自然人', 355, 110), box('总计', 405, 110), box('一、本年新收', 60, 140), box('1', 360, 140), box('1', 410, 140)],
    };
    const second: PdfPageLayout = {
      lines: ruled([50, 150, 250, 350, 400, 450], [100, 130, 160, 190], ['1@0', '2@0', '2@1', '2:0']),
      boxes: [
        box('二、上年结转', 60, 110), box('2', 360, 110), box('2', 410, 110),
        box('三、结果', 60, 140), box('（一）予以公开', 160, 140), box('3', 360, 140), box('3', 410, 140),
        box('（二）', 160, 170), box('部分公开', 260, 170), box('4', 360, 170), box('4', 410, 170),
      ],
    };
    const grid = slotGridOf(documentRows([first, second].map(readPageTables)));
    const natural = texts(grid, 0).indexOf('自然人');
    assert.deepEqual(grid.map((row) => [row[natural]?.text, row[natural + 1]?.text]), [['自然人', '总计'], ['1', '1'], ['2', '2'], ['3', '3'], ['4', '4']]);
    assert.equal(grid[2]![0], grid[2]![natural - 1], '二、上年结转 spans every label column');
    assert.equal(grid[4]![0], grid[3]![0], '三、结果 runs down its rows');
  });

  it('joins a row that the page break cuts, left open at the foot of one page and the head of the next', () => {
    const xs = [50, 250, 300, 350];
    const first: PdfPageLayout = {
      // The vertical lines run on to 160: the last row has no line under it.
      lines: { h: ruled(xs, [100, 130]).h, v: ruled(xs, [100, 130, 160]).v },
      boxes: [box('标题', 60, 110), box('自然人', 255, 110), box('总计', 305, 110), box('1.申请人逾期', 60, 140), box('5', 260, 140), box('5', 310, 140)],
    };
    const second: PdfPageLayout = {
      // No line over the first row: the rest of the cut row.
      lines: { h: ruled(xs, [130, 160]).h, v: ruled(xs, [100, 130, 160]).v },
      boxes: [box('未缴费', 60, 110), box('2.其他', 60, 140), box('6', 260, 140), box('6', 310, 140)],
    };
    const grid = slotGridOf(documentRows([first, second].map(readPageTables)));
    assert.deepEqual(grid.map((_, row) => texts(grid, row)), [['标题', '自然人', '总计'], ['1.申请人逾期未缴费', '5', '5'], ['2.其他', '6', '6']]);
  });

  it('splits a text item that runs over a column line ("15 2") into the cells it covers', () => {
    const page: PdfPageLayout = { lines: ruled([50, 250, 300, 350], [100, 130]), boxes: [box('一、新收', 60, 110), { ...box('15 2', 270, 110), right: 320 }] };
    assert.deepEqual(readPageTables(page).tables[0]?.rows[0]?.map((cell) => cell.text), ['一、新收', '15', '2']);
  });

  it('gives a cell that is not a rectangle (a line missing under a cut cell) its own slots in each row, never two cells in one slot', () => {
    // Column 0 runs down rows 1 and 2, and row 2 has no line between columns 0 and 1: an L.
    const table = pageTable([box('组', 10, 35), box('甲', 110, 35), box('0', 210, 35)], ruled([0, 100, 200, 300], [0, 30, 60, 90], ['2:0', '1@2']))!;
    const widths = table.rows.map((row) => row.reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0));
    assert.deepEqual(widths, [3, 3, 3]);
    assert.deepEqual(table.rows[1]!.map((cell) => cell.text), ['组', '甲', '0']);
  });
});
