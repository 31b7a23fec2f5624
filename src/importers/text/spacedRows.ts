/**
 * A table copied from a web page as text with one space between cells and one
 * row per line (事项类别 事项名称 公开内容 …): the header is a line that reads as
 * the form's header, and a row is a line with exactly as many space-free cells.
 * Text laid out in columns (two or more spaces between cells) is not this style.
 */
import type { GridRow, SourceTable } from '../table/grid.ts';
import { isHeaderLabel, isHeaderRow } from '../table/headerVocabulary.ts';

/** Fewest header labels that make a line of single-spaced words a header. */
const MIN_LABELS = 4;

const cellsOf = (line: string): string[] => line.trim().split(' ');

function isSpacedHeader(line: string): boolean {
  const cells = cellsOf(line);
  return !/\S {2,}\S/.test(line.trim()) && cells.filter(isHeaderLabel).length >= MIN_LABELS && isHeaderRow(cells);
}

export function readSpacedRows(text: string): SourceTable | null {
  const lines = text.split('\n');
  const headerAt = lines.findIndex(isSpacedHeader);
  if (headerAt < 0) return null;
  const width = cellsOf(lines[headerAt]!).length;
  const body = lines.slice(headerAt + 1).filter((line) => line.trim() !== '');
  const rows = body.filter((line) => !/\S {2,}\S/.test(line.trim()) && cellsOf(line).length === width);
  // Every other line would be lost: only a text whose lines are all rows of the table is read this way.
  if (rows.length === 0 || rows.length < body.length) return null;
  const grid: GridRow[] = [lines[headerAt]!, ...rows].map((line) => cellsOf(line).map((cell) => ({ text: cell })));
  return { before: lines.slice(0, headerAt).filter((l) => l.trim() !== ''), rows: grid, after: [] };
}
