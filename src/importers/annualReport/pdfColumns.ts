/**
 * Tables of a PDF drawn without lines, read by position: each table's columns are the x centres of
 * its header cells (wrapped header text grouped by column), or of its widest data rows when the
 * header cannot be told; every run right of the row labels goes into the column under which it
 * stands, so a blank cell stays an empty cell instead of shifting the row. Rows start at a label
 * with its number (一、 （一） 1.); a wrapped label's next line and a number line between label lines
 * belong to the row above. The rows are given to the web page's interpretation (readReportGrids).
 */
import type { GridRow } from '../table/grid.ts';
import { normalizeLabel } from './labels.ts';
import { clusterRuns, emWidth, isValueRun, type Run, type RunLine } from './pdfRuns.ts';

interface Column {
  left: number;
  right: number;
  header: string;
}

const ROW_MARKER = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])/;
const SUB_ITEM = /^\d+[.．、]/;
const GROUP = /^[（(][一二三四五六七八九十]+[）)]/;
const INNER_MARKER = /\d+[.．、]\D|[（(][一二三四五六七八九十]+[）)]/;

/** Columns from their centres: each reaches halfway to its neighbours; the first starts at `left`. */
function columnsOf(centres: readonly { centre: number; text: string }[], left: number): Column[] {
  return centres.map((column, index) => ({
    left: index === 0 ? left : (centres[index - 1]!.centre + column.centre) / 2,
    right: index + 1 < centres.length ? (column.centre + centres[index + 1]!.centre) / 2 : Number.POSITIVE_INFINITY,
    header: column.text,
  }));
}

/**
 * Columns from header runs, or from the value runs of the data lines when the header gives fewer than
 * the widest data line (header cells run together); null unless exactly `count` (or `widest`) are found.
 */
export function findColumns(header: readonly Run[], data: readonly RunLine[], count: number | null): Column[] | null {
  const size = Math.max(8, ...header.map((run) => run.size));
  const fromHeader = clusterRuns(header, size * 1.2);
  const widest = Math.max(0, ...data.map((line) => line.runs.filter(isValueRun).length));
  if (fromHeader.length > 0 && fromHeader.length === (count ?? Math.max(widest, fromHeader.length))) {
    const first = fromHeader[0]!;
    const gap = fromHeader.length > 1 ? (fromHeader[1]!.centre - first.centre) / 2 : Number.POSITIVE_INFINITY;
    const firstRuns = header.filter((run) => Math.abs(run.centre - first.centre) <= size * 1.2);
    return columnsOf(fromHeader, Math.max(first.centre - gap, Math.min(...firstRuns.map((run) => run.x)) - size * 2));
  }
  const values = data.flatMap((line) => line.runs.filter(isValueRun));
  const fromData = clusterRuns(values, size * 1.2);
  if (fromData.length === 0 || fromData.length !== (count ?? widest)) return null;
  const gap = fromData.length > 1 ? (fromData[1]!.centre - fromData[0]!.centre) / 2 : size * 3;
  return columnsOf(fromData, fromData[0]!.centre - gap);
}

interface Row {
  /** Where the row's own label starts and ends: a wrapped line of it stands under this span. */
  left: number;
  right: number;
  labels: string[];
  cells: (string | undefined)[];
}

/** A run in the value columns: a number under them, or text that starts inside them; the rest are row labels. */
const inCells = (run: Run, columns: readonly Column[]) => (isValueRun(run) ? run.centre : run.x + 2) >= columns[0]!.left;
const labelRunsOf = (line: RunLine, columns: readonly Column[]) => line.runs.filter((run) => !inCells(run, columns)).flatMap(splitAtMarker);

/** "不予处4.无正当理由…": a group label's line and an item label run together; split before the item's number. */
function splitAtMarker(run: Run): Run[] {
  const at = run.text.slice(1).search(INNER_MARKER) + 1;
  if (at <= 0) return [run];
  const share = [...run.text.slice(0, at)].reduce((sum, char) => sum + emWidth(char), 0) / [...run.text].reduce((sum, char) => sum + emWidth(char), 0);
  const x = run.x + (run.right - run.x) * share;
  return [
    { ...run, text: run.text.slice(0, at), right: x, centre: (run.x + x) / 2 },
    { ...run, text: run.text.slice(at), x, centre: (x + run.right) / 2 },
  ];
}
const cellRunsOf = (line: RunLine, columns: readonly Column[]) => line.runs.filter((run) => inCells(run, columns));

/**
 * Rows of one table's data lines. `numbered`: rows start only at a numbered label (table 三, whose
 * labels wrap); else at any label (table 二). Returns null when two numbers fall in one cell.
 */
export function rowsOf(lines: readonly RunLine[], columns: readonly Column[], numbered: boolean): GridRow[] | null {
  const rows: Row[] = [];
  for (const line of lines) {
    const labels = labelRunsOf(line, columns);
    const previous = rows.at(-1);
    const start = (numbered ? labels.filter((run) => ROW_MARKER.test(normalizeLabel(run.text))).at(-1) : labels[0]) ?? (previous ? undefined : labels[0]);
    if (start) rows.push({ left: start.x, right: start.right, labels: [start.text], cells: [] });
    const row = rows.at(-1);
    if (!row) continue;
    for (const run of labels) {
      if (run === start) continue;
      // A wrapped label line goes to the row whose label it stands under (left- or centre-aligned);
      // beside a group label (（六）其他处理) that may be the row above. Elsewhere it is a group label's fragment.
      const owner = rows.slice(-2).reverse().find((candidate) => run.centre >= candidate.left - 2 && run.centre <= candidate.right + 2);
      owner?.labels.push(run.text);
    }
    for (const run of cellRunsOf(line, columns)) {
      const index = columns.findIndex((column) => run.centre >= column.left && run.centre < column.right);
      if (index < 0) continue;
      if (row.cells[index] !== undefined) return null;
      row.cells[index] = run.text;
    }
  }
  const headings = rows.filter((row, index) => isGroupHeading(row, rows[index + 1]));
  // Numbers beside a bare group label (（三）不予公开) may belong to the row above or below: not guessed.
  if (headings.some((row) => row.cells.some((cell) => cell !== undefined))) return null;
  return rows
    .filter((row) => !headings.includes(row))
    .map((row) => [{ text: row.labels.join('') }, ...columns.map((_, index) => ({ text: row.cells[index] ?? '' }))]);
}

/** （三）不予公开 on a line of its own above its sub-items 1. 2. …: a heading, not a row (a long label such as （二）部分公开… is a row). */
function isGroupHeading(row: Row, next: Row | undefined): boolean {
  const label = normalizeLabel(row.labels.join(''));
  return GROUP.test(label) && label.replace(GROUP, '').length <= 6 && next !== undefined && SUB_ITEM.test(normalizeLabel(next.labels.join('')));
}

export type { Column };
