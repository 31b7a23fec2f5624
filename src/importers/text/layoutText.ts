/**
 * Text laid out in fixed columns — what `pdftotext -layout` prints for a PDF
 * table, and what people paste from it: every table row is printed over several
 * lines, each cell's lines at the cell's column. The reader finds the header
 * (layoutHeader.ts), the columns of each page (layoutCells.ts), cuts every line
 * into cells and joins the lines of one table row, which starts at a 序号 (or,
 * without 序号, where a cell starts below an empty one). The interpreter
 * (table/interpretTable.ts) then reads the rows like any other grid.
 */
import type { GridRow, SourceTable } from '../table/grid.ts';
import { fieldOfLabel } from '../table/headerVocabulary.ts';
import { columnRoom, cutLine, layoutColumns, wordStarts, type LayoutColumn } from './layoutCells.ts';
import { headerLeaves, headerRows, isHeaderContinuation, isHeaderLine, type HeaderLeaf } from './layoutHeader.ts';
import { joinCellLines, rowStarts, type RowKeys } from './layoutRows.ts';
import { hasInnerGap, isPageNumberLine } from './layoutWords.ts';

/** Fewest lines with a two-space gap inside that make a text a fixed-column layout. */
const MIN_GAPPED_LINES = 3;

interface Page {
  header: string[];
  data: string[];
}

/** The pages of the table: each repeated header starts one; page numbers are left out. */
function pagesOf(lines: readonly string[], firstHeader: number): Page[] {
  const pages: Page[] = [];
  for (let i = firstHeader; i < lines.length; i++) {
    const line = lines[i]!;
    if (isHeaderLine(line)) {
      const header = [line];
      while (i + 1 < lines.length && isHeaderContinuation(lines[i + 1]!)) header.push(lines[++i]!);
      pages.push({ header, data: [] });
    } else if (line.trim() !== '' && !isPageNumberLine(line)) pages.at(-1)!.data.push(line);
  }
  return pages;
}

function keysOf(leaves: readonly HeaderLeaf[]): RowKeys {
  const at = (kind: string) => leaves.findIndex((leaf) => fieldOfLabel(leaf.label)?.kind === kind);
  return { seq: at('seq'), level1: at('level1'), level2: at('level2'), content: at('content'), ticks: leaves.map((leaf) => leaf.tick) };
}

function cutLines(lines: readonly string[], columns: readonly LayoutColumn[]): string[][] {
  const room = columnRoom(columns, lines);
  const starts = wordStarts(lines);
  return lines.map((line) => cutLine(line, columns, room, starts));
}

/** The [from, to) line ranges of the table rows of a page; the first may continue the last row of the page before. */
function blocksOf(starts: readonly boolean[]): [number, number][] {
  const blocks: [number, number][] = [];
  starts.forEach((start, i) => {
    if (i === 0 || start) blocks.push([i, i + 1]);
    else blocks.at(-1)![1] = i + 1;
  });
  return blocks;
}

/** Reads a fixed-column text table, or null when the text is not one. */
export function readLayoutText(text: string): SourceTable | null {
  const lines = text.replace(/\f/g, '\n').split('\n');
  const firstHeader = lines.findIndex(isHeaderLine);
  if (firstHeader < 0) return null;
  if (lines.slice(firstHeader + 1).filter(hasInnerGap).length < MIN_GAPPED_LINES) return null;
  const pages = pagesOf(lines, firstHeader);
  const leaves = headerLeaves(pages[0]!.header);
  if (leaves.length < 4) return null;
  const keys = keysOf(leaves);
  const rows: string[][][] = [];
  for (const page of pages) {
    const ownLeaves = headerLeaves(page.header);
    const columns = layoutColumns(ownLeaves.length === leaves.length ? ownLeaves : leaves, page.data);
    const pageCells = cutLines(page.data, columns);
    const starts = rowStarts(pageCells, keys);
    blocksOf(starts).forEach(([from, to], b) => {
      // pdftotext places each table row on its own: its cells' edges move the page's columns a little.
      const lines = page.data.slice(from, to);
      const own = layoutColumns(columns.map((c) => ({ start: c.at, tick: c.tick })), lines);
      const cells = cutLines(lines, own);
      const last = rows.at(-1);
      if (b === 0 && !starts[0] && last) cells.forEach((line) => line.forEach((c, j) => c !== '' && last[j]!.push(c)));
      else rows.push(columns.map((_, j) => cells.map((line) => line[j]!).filter((c) => c !== '')));
    });
  }
  const gridRows: GridRow[] = [
    ...headerRows(leaves).map((row) => row.map((t) => ({ text: t }))),
    ...rows.map((row) => row.map((pieces) => ({ text: joinCellLines(pieces) }))),
  ];
  return { before: lines.slice(0, firstHeader).map((l) => l.trim()).filter(Boolean), rows: gridRows, after: [] };
}
