/**
 * A table copied from a web page as text with | between cells (Markdown, or a
 * page's text export): rows start at a line opening with | (Markdown) or at
 * their 序号, or are one line each; a cell may run over several lines.
 */
import type { GridRow, SourceTable } from '../table/grid.ts';
import { compact } from '../table/cellText.ts';
import { isHeaderRow } from '../table/headerVocabulary.ts';
import { readPipeCellStream, shortLabels, streamCells } from './pipeCells.ts';


const SEPARATOR = /^\s*\|?\s*:?-{3,}/;

function cellsOf(line: string): string[] {
  return line.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').map((c) => c.trim());
}

const pipes = (text: string): number => (text.match(/\|/g) ?? []).length;

/** Rows of a Markdown table: each starts at a line opening with | once the row before has all its cells. */
function markdownRows(lines: readonly string[], width: number): string[][] {
  const chunks: string[] = [];
  for (const line of lines) {
    if (SEPARATOR.test(line) || line.trim() === '') continue;
    const last = chunks[chunks.length - 1];
    if (last === undefined || (/^\s*\|/.test(line) && pipes(last) > width)) chunks.push(line);
    else chunks[chunks.length - 1] = `${last}\n${line}`;
  }
  return chunks.map(cellsOf);
}

/** Rows told apart by their 序号 (n, n + 1 …) in the run of cells. */
function numberedRows(lines: readonly string[]): string[][] {
  const cells = lines.join('\n').split('|').map((c) => c.trim());
  const rows: string[][] = [];
  let expected = 1;
  for (const cell of cells) {
    if (compact(cell) === String(expected)) {
      rows.push([]);
      expected++;
    }
    rows[rows.length - 1]?.push(cell);
  }
  return rows.filter((row) => row.some((c) => c !== ''));
}

export function readPipeTable(text: string): SourceTable | null {
  const lines = text.split('\n');
  return readPipeLines(lines) ?? readPipeCellStream(lines);
}

/**
 * The lower header row of a numbered table when its labels wrap inside a cell over lines ("全" / "社 会 |"):
 * the labels between the header line and row 1, read as one row of cells.
 */
function wrappedSubHeader(lines: readonly string[], headerAt: number): { labels: string[]; dataAt: number } | null {
  const firstRow = lines.findIndex((l, i) => i > headerAt && compact(cellsOf(l)[0] ?? '') === '1');
  const between = lines.slice(headerAt + 1, firstRow).filter((l) => l.trim() !== '');
  if (firstRow < 0 || between.length < 2 || between.every((l) => /\|\s*$/.test(l))) return null;
  const labels = streamCells(between).map((c) => c.text);
  if (!shortLabels(labels) || !isHeaderRow(labels)) return null;
  return { labels, dataAt: firstRow };
}

/** A table whose header row is one line with | between its labels. */
function readPipeLines(lines: readonly string[]): SourceTable | null {
  const headerAt = lines.findIndex((line) => (line.match(/\|/g) ?? []).length >= 2 && isHeaderRow(cellsOf(line)));
  if (headerAt < 0) return null;
  const header: string[][] = [cellsOf(lines[headerAt]!)];
  let dataAt = headerAt + 1;
  while (dataAt < lines.length && (SEPARATOR.test(lines[dataAt]!) || isHeaderRow(cellsOf(lines[dataAt]!)))) {
    if (!SEPARATOR.test(lines[dataAt]!)) header.push(cellsOf(lines[dataAt]!));
    dataAt++;
  }
  const numbered = header[0]!.some((c) => /^(序号|编号)$/.test(compact(c)));
  const wrapped = numbered ? wrappedSubHeader(lines, headerAt) : null;
  if (wrapped) {
    header.splice(1, header.length - 1, wrapped.labels);
    dataAt = wrapped.dataAt;
  }
  const body = lines.slice(dataAt);
  const markdown = /^\s*\|/.test(lines[headerAt]!);
  const records = markdown ? markdownRows(body, header[0]!.length) : numbered ? numberedRows(body) : body.filter((l) => l.includes('|')).map(cellsOf);
  if (records.length === 0) return null;
  const rows: GridRow[] = [...header, ...records].map((record) => record.map((text) => ({ text })));
  const before = lines.slice(0, headerAt).map((l) => l.replace(/[|\s]+$/, '')).filter((l) => l !== '');
  return { before, rows, after: [] };
}
