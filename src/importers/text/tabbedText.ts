/**
 * Plain text where the table survived as tabs:
 *  - row per line, cells separated by tabs (text copied from Word or a web page);
 *  - cell per line, each cell's first line indented by a tab and its further
 *    lines not (Word's "save as text"), rows told apart by their 序号.
 */
import type { GridRow, SourceTable } from '../table/grid.ts';
import { compact } from '../table/cellText.ts';
import { isHeaderLabel, isHeaderRow } from '../table/headerVocabulary.ts';
import { parseCsv } from './csvText.ts';

const cell = (text: string) => ({ text });

/** A cell in quotes that holds a line break: the text is a Word table copied with its cells quoted. */
const QUOTED_CELL = /(^|\t)"[^"\t]*\n/m;

/**
 * Lines with two or more tab-separated cells make a row each; where Word quoted the cells
 * that hold line breaks ("…\n…", "" for "), a record runs over several lines.
 */
export function readTabRows(text: string): SourceTable | null {
  const records = QUOTED_CELL.test(text) ? parseCsv(text, '\t') : text.split('\n').map((line) => line.split('\t'));
  const headerAt = records.findIndex((record) => record.length > 1 && isHeaderRow(record));
  if (headerAt < 0) return null;
  const tabbed = records.slice(headerAt).filter((record) => record.length > 1);
  const wide = tabbed.filter((record) => record.filter((c) => c.trim() !== '').length >= 3).length;
  if (wide < 3) return null;
  const rows: GridRow[] = records.slice(headerAt).map((record) => record.map(cell));
  return { before: records.slice(0, headerAt).map((record) => record.join('\t')), rows, after: [] };
}

/** Cells whose first line starts with a tab; the table's width comes from the 序号 cells. */
export function readTabCells(text: string): SourceTable | null {
  const lines = text.split('\n');
  const firstHeader = lines.findIndex((line) => /^\t/.test(line) && isHeaderLabel(line.trim()));
  if (firstHeader < 0) return null;
  const cells: string[] = [];
  for (const line of lines.slice(firstHeader)) {
    if (line.startsWith('\t')) {
      for (const part of line.slice(1).split('\t')) cells.push(part);
    } else if (cells.length > 0) {
      cells[cells.length - 1] += `\n${line}`;
    }
  }
  const trimmed = cells.map((c) => c.replace(/\n+$/, ''));
  // Row width: the commonest distance between consecutive 序号 cells (n, n+1).
  const seqAt: { index: number; n: number }[] = [];
  trimmed.forEach((c, index) => {
    const t = compact(c);
    if (/^\d{1,4}$/.test(t)) seqAt.push({ index, n: Number(t) });
  });
  const gaps = new Map<number, number>();
  for (let k = 1; k < seqAt.length; k++) {
    if (seqAt[k]!.n === seqAt[k - 1]!.n + 1) {
      const gap = seqAt[k]!.index - seqAt[k - 1]!.index;
      gaps.set(gap, (gaps.get(gap) ?? 0) + 1);
    }
  }
  const width = [...gaps.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!width || width < 4) return null;
  const first = seqAt.find((s, k) => seqAt[k + 1] && seqAt[k + 1]!.n === s.n + 1 && seqAt[k + 1]!.index - s.index === width);
  if (!first) return null;
  const headerCells = trimmed.slice(0, first.index);
  const rows: GridRow[] = [];
  // Header: the last `width` cells are the lowest header row, the rest the row above.
  if (headerCells.length > width) {
    rows.push(headerCells.slice(0, headerCells.length - width).map(cell));
    rows.push(headerCells.slice(headerCells.length - width).map(cell));
  } else rows.push(headerCells.map(cell));
  for (let i = first.index; i < trimmed.length; i += width) rows.push(trimmed.slice(i, i + width).map(cell));
  return { before: lines.slice(0, firstHeader), rows, after: [] };
}
