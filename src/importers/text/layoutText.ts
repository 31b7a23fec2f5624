/**
 * Text laid out in fixed columns — what `pdftotext -layout` prints for a PDF
 * table, and what people paste from it: every table row is printed over several
 * lines, each cell's lines at the cell's column. The reader finds the header
 * (layoutHeader.ts), the columns of each page (layoutColumns.ts), cuts every line (layoutCells.ts)
 * into cells and joins the lines of one table row, which starts at a 序号 (or,
 * without 序号, where a cell starts below an empty one). The interpreter
 * (table/interpretTable.ts) then reads the rows like any other grid.
 */
import type { GridRow, SourceTable } from '../table/grid.ts';
import { fieldOfLabel } from '../table/headerVocabulary.ts';
import { boxListEdge, columnRoom, cutLine, markBoxColumn } from './layoutCells.ts';
import { layoutColumns, type LayoutColumn } from './layoutColumns.ts';
import { rowColumns } from './layoutRowColumns.ts';
import { headerLeaves, headerRows, isHeaderContinuation, isHeaderLine, joinsHeaderLine, type HeaderLeaf } from './layoutHeader.ts';
import { joinCellLines, liftCentredCells, rowStarts, type RowKeys } from './layoutRows.ts';
import { settleNumbers } from './layoutWrap.ts';
import { hasInnerGap, isPageNumberLine, wordStarts } from './layoutWords.ts';

/** Fewest lines with a two-space gap inside that make a text a fixed-column layout. */
const MIN_GAPPED_LINES = 3;

interface Page {
  header: string[];
  data: string[];
}

/**
 * The pages of the table: each repeated header starts one, with the label lines
 * just above it (a header whose cells are centred prints its group labels
 * higher); page numbers are left out, blank lines kept (they part table rows).
 */
function pagesOf(lines: readonly string[], firstHeader: number): Page[] {
  const pages: Page[] = [];
  for (let i = firstHeader; i < lines.length; i++) {
    const line = lines[i]!;
    if (isHeaderLine(line)) {
      const data = pages.at(-1)?.data ?? [];
      const header = [line];
      const above = (upper: string | undefined) => upper !== undefined && isHeaderContinuation(upper) && joinsHeaderLine(upper, header[0]!);
      while (data.length > 0 && above(data.at(-1))) header.unshift(data.pop()!);
      if (pages.length === 0) for (let j = i - 1; j >= 0 && above(lines[j]); j--) header.unshift(lines[j]!);
      while (i + 1 < lines.length && isHeaderContinuation(lines[i + 1]!) && joinsHeaderLine(lines[i + 1]!, header.at(-1)!)) header.push(lines[++i]!);
      pages.push({ header, data: [] });
    } else if (!isPageNumberLine(line)) pages.at(-1)!.data.push(line.trim() === '' ? '' : line);
  }
  return pages;
}

function keysOf(leaves: readonly HeaderLeaf[]): RowKeys & { channels: number } {
  const at = (kind: string) => leaves.findIndex((leaf) => fieldOfLabel(leaf.label)?.kind === kind);
  const ticks = leaves.map((leaf) => leaf.tick);
  return { seq: at('seq'), level1: at('level1'), level2: at('level2'), content: at('content'), channels: at('channels'), ticks };
}

/** The lines' cells; where a column's cells start is told by the words of all the page's lines (its rows share the columns). */
function cutLines(lines: readonly string[], columns: readonly LayoutColumn[], pageLines: readonly string[] = lines): string[][] {
  const room = columnRoom(columns, lines);
  const starts = wordStarts(pageLines);
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

/**
 * Rows parted by blank lines (cells centred vertically, as LibreOffice and Word
 * print them): the 序号 stands in the middle of its row, so a row starts after
 * the blank lines before its 序号 line, not at it.
 */
function spacedStarts(starts: readonly boolean[], lines: readonly string[]): boolean[] | null {
  const at = starts.flatMap((start, i) => (start ? [i] : []));
  const gapBefore = (i: number, from: number) => {
    for (let j = i - 1; j > from; j--) if (lines[j] === '') return j;
    return -1;
  };
  const parted = at.filter((s, k) => gapBefore(s, k === 0 ? -1 : at[k - 1]!) >= 0).length;
  if (at.length < 2 || parted < at.length / 2) return null;
  // Without a blank line between two rows, the row above ends as far below its 序号 as it began above it.
  const out = starts.map(() => false);
  let rowStart = 0;
  at.forEach((s, k) => {
    const previous = k === 0 ? -1 : at[k - 1]!;
    const gap = gapBefore(s, previous);
    const start = gap >= 0 ? gap + 1 : k === 0 ? s : Math.min(s, previous + (previous - rowStart) + 1);
    out[start] = true;
    rowStart = start;
  });
  return out;
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
  let centredRows = false;
  /** Whether each row prints 一级事项 above its 序号 line (a merged cell centred over the rows before). */
  const printedAbove: boolean[] = [];
  const textColumns = leaves.flatMap((leaf, j) => (leaf.tick ? [] : [j]));
  for (const page of pages) {
    const ownLeaves = headerLeaves(page.header);
    const boxes = boxListEdge(page.data);
    const anchor = keys.channels >= 0 && boxes !== null ? { column: keys.channels, at: boxes } : undefined;
    const columns = markBoxColumn(layoutColumns(ownLeaves.length === leaves.length ? ownLeaves : leaves, page.data, anchor), page.data);
    const pageCells = cutLines(page.data, columns);
    const aligned = rowStarts(pageCells, keys);
    const centred = spacedStarts(aligned, page.data);
    if (centred) centredRows = true;
    const starts = centred ?? aligned;
    blocksOf(starts).forEach(([from, to], b) => {
      // pdftotext places each table row on its own: its cells' edges move the page's columns a little.
      const lines = page.data.slice(from, to);
      const own = rowColumns(columns, lines);
      const cells = cutLines(lines, own, page.data);
      settleNumbers(cells, textColumns);
      const last = rows.at(-1);
      if (b === 0 && !starts[0] && last) cells.forEach((line) => line.forEach((c, j) => c !== '' && last[j]!.push(c)));
      else {
        rows.push(columns.map((_, j) => cells.map((line) => line[j]!).filter((c) => c !== '')));
        const key = keys.seq >= 0 ? keys.seq : keys.level2;
        const keyLine = cells.findIndex((line) => line[key] !== '');
        printedAbove.push(cells.slice(0, keyLine).some((line) => line[keys.level1] !== ''));
      }
    });
  }
  if (centredRows && keys.level1 >= 0) liftCentredCells(rows, keys.level1, printedAbove);
  const gridRows: GridRow[] = [
    ...headerRows(leaves).map((row) => row.map((t) => ({ text: t }))),
    ...rows.map((row) => row.map((pieces) => ({ text: joinCellLines(pieces) }))),
  ];
  const headerAt = lines.indexOf(pages[0]!.header[0]!);
  return { before: lines.slice(0, headerAt).map((l) => l.trim()).filter(Boolean), rows: gridRows, after: [] };
}
