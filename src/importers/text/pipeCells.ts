/**
 * A page's table copied as text where a | closes every cell but the rows lost
 * their lines: one cell per line ("行政许可 |"), or each cell on its own line
 * after a lone | that opens the row. Only the 序号 (1, 2, 3 …) tells the rows
 * apart, so only numbered tables are read here. A lone | line is an empty cell
 * (a mark column with no tick); runs of || at a line's end are page padding.
 */
import type { SourceTable } from '../table/grid.ts';
import { compact } from '../table/cellText.ts';
import { fieldOfLabel, groupOfLabel, isHeaderLabel } from '../table/headerVocabulary.ts';

interface StreamCell {
  text: string;
  line: number;
}

/** Cells closed by |, a cell running over lines until its |; text after the last | is a cell too. */
export function streamCells(lines: readonly string[]): StreamCell[] {
  const cells: StreamCell[] = [];
  let open: StreamCell | null = null;
  lines.forEach((line, at) => {
    const parts = line.split('|');
    parts.forEach((part, k) => {
      const text = open ? `${open.text}\n${part}` : part;
      const cell: StreamCell = { text, line: open?.line ?? at };
      if (k < parts.length - 1) {
        // An empty cell between two | on one line is padding; a lone | at a line's start closes an empty cell.
        if (cell.text.trim() !== '' || k === 0) cells.push({ text: cell.text.trim(), line: cell.line });
        open = null;
      } else open = part.trim() === '' && !open ? null : cell;
    });
  });
  if (open) cells.push({ text: (open as StreamCell).text.trim(), line: (open as StreamCell).line });
  return cells;
}

const SUB_KINDS = new Set(['level1', 'level2', 'audience', 'mode', 'five']);

/** The header's labels split into rows: the lower row starts at the first sub-label once a group label came. */
export function headerRows(labels: readonly string[]): string[][] {
  const firstGroup = labels.findIndex((l) => groupOfLabel(l) !== null);
  const lowerAt = labels.findIndex((l, j) => firstGroup >= 0 && j > firstGroup && SUB_KINDS.has(fieldOfLabel(l)?.kind ?? ''));
  return lowerAt > 0 ? [labels.slice(0, lowerAt), labels.slice(lowerAt)] : [[...labels]];
}

/** Index just past a repeat of the header's labels starting at `at` (empty cells skipped), or -1. */
function repeatedHeaderEnd(cells: readonly StreamCell[], at: number, labels: readonly string[]): number {
  let k = at;
  for (const label of labels) {
    while (k < cells.length && cells[k]!.text === '') k++;
    if (k >= cells.length || compact(cells[k]!.text) !== compact(label)) return -1;
    k++;
  }
  return k;
}

/** Rows of cells, each starting at the next 序号; repeated headers between rows dropped. */
function numberedBody(cells: readonly StreamCell[], labels: readonly string[]): string[][] {
  const rows: string[][] = [];
  let expected = 1;
  for (let i = 0; i < cells.length; i++) {
    const end = repeatedHeaderEnd(cells, i, labels);
    if (end > 0) {
      i = end - 1;
      continue;
    }
    const text = cells[i]!.text;
    if (compact(text) === String(expected)) {
      rows.push([]);
      expected++;
    }
    rows[rows.length - 1]?.push(text);
  }
  return rows;
}

/** A header cell longer than this that is no label of the form is data, not a header. */
const MAX_LABEL = 12;

/** Cells that can all be header labels: none is a long text the form does not know. */
export function shortLabels(labels: readonly string[]): boolean {
  return labels.every((l) => isHeaderLabel(l) || compact(l).length <= MAX_LABEL);
}

export function readPipeCellStream(lines: readonly string[]): SourceTable | null {
  const firstPipe = lines.findIndex((l) => l.includes('|'));
  if (firstPipe < 0) return null;
  const cells = streamCells(lines.slice(firstPipe)).map((c) => ({ ...c, line: c.line + firstPipe }));
  const start = cells.findIndex((c) => isHeaderLabel(c.text));
  const first = cells.findIndex((c, j) => j > start && compact(c.text) === '1');
  if (start < 0 || first < 0) return null;
  const labels = cells.slice(start, first).map((c) => c.text).filter((t) => t !== '');
  const known = labels.filter(isHeaderLabel);
  if (!known.some((l) => fieldOfLabel(l)?.kind === 'seq') || known.length < 4) return null;
  if (!shortLabels(labels)) return null;
  const body = numberedBody(cells.slice(first), labels);
  const rows = [...headerRows(labels), ...body].map((row) => row.map((text) => ({ text })));
  const before = lines.slice(0, cells[start]!.line).map((l) => l.replace(/[|\s]+$/, '')).filter((l) => l.trim() !== '');
  return { before, rows, after: [] };
}
