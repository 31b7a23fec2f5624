/**
 * Text that keeps the table's layout with spaces (pdftotext -layout): every
 * line holds the lines of several cells side by side. The header's labels are
 * stacked by position (公开主 / 体, 全 / 社 / 会) and read column by column; a
 * row starts at its 序号 (or, without 序号, at a line that fills most columns);
 * the words of a row's first line anchor its cells, and the words of the lines
 * below join the cell they stand under. Ticks go to the tick column (全社会,
 * 主动, 决策 …) printed nearest above them.
 */
import type { SourceColumn } from '../../domain/catalog/catalog.ts';
import type { GridRow, SourceTable } from '../table/grid.ts';
import { CHECKBOX_GLYPHS, compact, isMark } from '../table/cellText.ts';
import { columnsOfHeaderText, headerLabels, isLabelStart } from './headerColumns.ts';
import { headerGrid } from './layoutHeader.ts';

export interface Run {
  text: string;
  x: number;
  end: number;
}

/** The words of a line with their columns (one character = one column, as pdftotext lays them out). */
export function runsOf(line: string): Run[] {
  return [...line.matchAll(/\S+/g)].map((m) => ({ text: m[0], x: m.index, end: m.index + m[0].length }));
}

const WIDE_GAP = /\S {2,}\S/;

/** A header line: every word is a label, the start of one, or a fragment of at most two characters. */
function headerLine(line: string): boolean {
  const runs = runsOf(line);
  return runs.length > 0 && runs.every((run) => compact(run.text).length <= 2 || isLabelStart(run.text) || headerLabels(run.text).join('').length >= compact(run.text).length * 0.6);
}

const BOX_ONLY = new RegExp(`^(${CHECKBOX_GLYPHS.source})$`);
const BOX_START = new RegExp(`^(${CHECKBOX_GLYPHS.source})`);

/** The first line's words as the row's cell anchors; a lone box (口, □) belongs to the channel list before it. */
function anchorsOf(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  let pendingBox = false;
  for (const run of runs) {
    const previous = out[out.length - 1];
    const boxFirst = BOX_START.test(run.text);
    if (previous && (pendingBox || (boxFirst && BOX_START.test(previous.text)))) {
      previous.text = `${previous.text} ${run.text}`;
      previous.end = run.end;
    } else out.push({ ...run });
    // A box printed apart from its label (þ 政府网站) takes the next word.
    pendingBox = BOX_ONLY.test(run.text);
  }
  return out;
}

/**
 * Without 序号 a row starts where its 二级事项 starts: a word of two characters or more where the
 * first row's 二级事项 stands (between its 一级事项 and 公开内容), on a line that fills most columns.
 */
function startsUnnumbered(runs: readonly Run[], first: readonly Run[] | undefined, width: number): boolean {
  if (runs.length < Math.max(3, width * 0.6)) return false;
  if (!first || first.length < 3) return true;
  const from = first[1]!.x - 3;
  const to = first[2]!.x - 2;
  return runs.some((run) => run.x >= from && run.x < to && compact(run.text).length >= 2);
}

interface RowBuild {
  anchors: Run[];
  cells: string[];
}

/** Appends a line's words to the cells they stand under (the anchor starting nearest to their left). */
function addLine(row: RowBuild, runs: readonly Run[]): void {
  let previous: { run: Run; cell: number } | null = null;
  for (const run of runs) {
    // After one space a word stays in its phrase's cell unless it starts about where the next cell does.
    const slack = previous && run.x - previous.run.end <= 1 ? 1 : 2;
    let k = 0;
    for (let a = 0; a < row.anchors.length; a++) if (row.anchors[a]!.x <= run.x + slack) k = a;
    if (previous && slack === 1 && k < previous.cell) k = previous.cell;
    row.cells[k] = row.cells[k] === '' ? run.text : `${row.cells[k]}\n${run.text}`;
    previous = { run, cell: k };
  }
}

export function readLayoutText(text: string): SourceTable | null {
  const lines = text.split('\n').map((l) => l.replace(/\s+$/, ''));
  const headerAt = lines.findIndex((l) => WIDE_GAP.test(l) && headerLabels(l).length >= 3 && headerLine(l));
  if (headerAt < 0) return null;
  let dataAt = headerAt + 1;
  while (dataAt < lines.length && (lines[dataAt]!.trim() === '' || headerLine(lines[dataAt]!))) dataAt++;
  const header = headerGrid(lines.slice(headerAt, dataAt).map(runsOf));
  const columns = columnsOfHeaderText(header.text);
  if (!columns) return null;
  const numbered = columns.some((c) => c.field === 'seq');
  const width = columns.filter((c) => !c.parts).length;
  const seen = new Set(lines.slice(0, dataAt).map(compact).filter((c) => c.length > 8));
  const rows: RowBuild[] = [];
  // The header printed again after a page break: its first line names three labels, the (at most as many as the
  // header block's) lines under it are fragments.
  let headerLeft = 0;
  for (const line of lines.slice(dataAt)) {
    if (headerLeft === 0 && headerLine(line) && headerLabels(line).length >= 3) headerLeft = dataAt - headerAt;
    const inHeader = headerLeft > 0 && headerLine(line);
    headerLeft = inHeader ? headerLeft - 1 : 0;
    if (line.trim() === '' || inHeader || seen.has(compact(line))) continue;
    const runs = runsOf(line);
    const starts = numbered ? /^\s{0,2}\d{1,3}\s/.test(line) : startsUnnumbered(runs, rows[0]?.anchors, width);
    if (starts) {
      const anchors = anchorsOf(runs);
      rows.push({ anchors, cells: anchors.map((a) => a.text) });
    } else if (rows.length > 0) addLine(rows[rows.length - 1]!, runs);
  }
  if (rows.length === 0) return null;
  const grid: GridRow[] = [leafLabels(columns).map((t) => ({ text: t }))];
  const reference = rows.map(beforeTicksX).find((x) => x !== null) ?? null;
  for (const row of rows) grid.push(placeTicks(row, header.ticks, reference).map((t) => ({ text: t })));
  return { before: lines.slice(0, headerAt).filter((l) => l.trim() !== ''), rows: grid, after: [], columns };
}

/** One header row of leaf labels: a tick group's parts one per column, a group without parts by its own label. */
function leafLabels(columns: readonly SourceColumn[]): string[] {
  return columns.flatMap((column) => column.parts ?? [column.label]);
}

/**
 * The row's cells with its tick block written out in full: the cells before the first tick, one
 * cell per tick column (√ under the tick column nearest its position), and the cells after.
 */
/** Where the cell before a row's ticks starts (its 公开渠道和载体), or null. */
function beforeTicksX(row: RowBuild): number | null {
  const first = row.cells.findIndex((cell) => isMark(cell));
  return first > 0 ? row.anchors[first - 1]!.x : null;
}

function placeTicks(row: RowBuild, ticks: readonly number[], reference: number | null): string[] {
  const first = row.cells.findIndex((cell) => isMark(cell));
  if (ticks.length === 0 || first < 0) return row.cells;
  // Lines drift against the header as their text widths add up: measure the row against the first row by the cell before its ticks.
  const own = beforeTicksX(row);
  const drift = own !== null && reference !== null ? own - reference : 0;
  const at = row.anchors.map((a, k) => (isMark(row.cells[k]!) ? a.x - drift : -1));
  let last = first;
  while (last + 1 < at.length && at[last + 1]! >= 0) last++;
  const block = ticks.map(() => '');
  for (let k = first; k <= last; k++) {
    let best = 0;
    for (let t = 1; t < ticks.length; t++) if (Math.abs(ticks[t]! - at[k]!) < Math.abs(ticks[best]! - at[k]!)) best = t;
    block[best] = '√';
  }
  return [...row.cells.slice(0, first), ...block, ...row.cells.slice(last + 1)];
}
