/**
 * Cutting the lines of a fixed-column text table into cells. The columns start
 * where the header's labels stand, moved to where the data's cells actually start
 * (the left edges shared by many lines). pdftotext puts every text fragment at
 * least one space after the one to its left, so a cell whose line is long in
 * positions (digits, spaces) pushes the next cells right and leaves only one
 * space between them: a word after a single space starts the next cell only
 * when the line would not fit its column otherwise.
 */
import { isMark } from '../table/cellText.ts';
import type { HeaderLeaf } from './layoutHeader.ts';
import { printedWidth, wordsOf, type Word } from './layoutWords.ts';

export interface LayoutColumn {
  /** Character position where the column's cells start. */
  at: number;
  tick: boolean;
}

/** How far (in positions) a cell may start from its header label and still be that column's edge. */
const EDGE_REACH = 3;

/** Left edges of cells in the data lines (a word at the start of a line or after two or more spaces), with counts. */
function leftEdges(lines: readonly string[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const line of lines) {
    for (const word of wordsOf(line)) if (word.gap >= 2) counts.set(word.start, (counts.get(word.start) ?? 0) + 1);
  }
  return counts;
}

/** The columns of the header, each moved to the commonest left edge of the data near its label. */
export function layoutColumns(leaves: readonly HeaderLeaf[], dataLines: readonly string[]): LayoutColumn[] {
  const edges = leftEdges(dataLines);
  const out: LayoutColumn[] = [];
  leaves.forEach((leaf, j) => {
    const previous = out.at(-1)?.at ?? Number.NEGATIVE_INFINITY;
    const nearer = (edge: number, other: HeaderLeaf | undefined) => !other || Math.abs(edge - leaf.start) <= Math.abs(edge - other.start);
    let at = leaf.start;
    if (!leaf.tick) {
      let best = 1;
      for (const [edge, count] of edges) {
        if (Math.abs(edge - leaf.start) > EDGE_REACH || edge <= previous || !nearer(edge, leaves[j - 1]) || !nearer(edge, leaves[j + 1])) continue;
        if (count > best || (count === best && Math.abs(edge - leaf.start) < Math.abs(at - leaf.start))) [at, best] = [edge, count];
      }
    }
    out.push({ at, tick: leaf.tick });
  });
  return out;
}

/** The text column a word starting at `start` falls in: the last one starting at most one position after it. */
function textColumnAt(columns: readonly LayoutColumn[], start: number): number {
  let found = -1;
  columns.forEach((column, j) => {
    if (!column.tick && column.at <= start + 1) found = j;
  });
  return found < 0 ? columns.findIndex((c) => !c.tick) : found;
}

/** The column of the given kind (tick or text) that starts nearest to `start` (the later one on a tie). */
function nearest(columns: readonly LayoutColumn[], start: number, tick: boolean): number {
  let found = -1;
  columns.forEach((column, j) => {
    if (column.tick === tick && (found < 0 || Math.abs(column.at - start) <= Math.abs(columns[found]!.at - start))) found = j;
  });
  return found;
}

/** The room of each column in printed width: its span in positions, or the widest line seen cleanly inside it. */
export function columnRoom(columns: readonly LayoutColumn[], lines: readonly string[]): number[] {
  const room = columns.map((column, j) => {
    const next = columns[j + 1]?.at;
    return next === undefined ? Number.POSITIVE_INFINITY : 0.9 * (next - column.at);
  });
  for (const line of lines) {
    let run: Word[] = [];
    const close = () => {
      const first = run[0];
      const last = run.at(-1);
      if (!first || !last) return;
      const j = textColumnAt(columns, first.start);
      if (j >= 0 && last.end <= (columns[j + 1]?.at ?? Number.POSITIVE_INFINITY)) {
        room[j] = Math.max(room[j]!, printedWidth(run.map((w) => w.text).join(' ')));
      }
    };
    for (const word of wordsOf(line)) {
      if (word.gap >= 2) close();
      run = word.gap >= 2 ? [word] : [...run, word];
    }
    close();
  }
  return room.map((r) => r + 0.5);
}

/** The next text column after `current`, or `current` when none. */
function nextText(columns: readonly LayoutColumn[], current: number): number {
  const next = columns.findIndex((c, j) => j > current && !c.tick);
  return next < 0 ? current : next;
}

/**
 * The column of a word that follows a cell of column `current` on its line: a
 * later column where it stands after a gap of two or more spaces, or where the
 * cell would not fit its column with it; the same cell otherwise.
 */
function placeAfter(columns: readonly LayoutColumn[], room: readonly number[], current: number, joined: string, word: Word): number {
  const fits = printedWidth(joined) <= room[current]!;
  // A cell after a gap starts near its column's edge; one pushed right by the cell before stands past it.
  const standsIn = word.gap >= 2 ? nearest(columns, word.start, false) : textColumnAt(columns, word.start);
  if (standsIn > current) return word.gap >= 2 || !fits ? standsIn : current;
  return fits ? current : nextText(columns, current);
}

/** The line's text in each column ('' where it has none). */
export function cutLine(line: string, columns: readonly LayoutColumn[], room: readonly number[]): string[] {
  const cells = columns.map(() => '');
  const hasTicks = columns.some((c) => c.tick);
  let current = -1;
  for (const word of wordsOf(line)) {
    let column: number;
    if (hasTicks && isMark(word.text)) column = nearest(columns, word.start, true);
    else if (current < 0 || columns[current]!.tick) column = nearest(columns, word.start, false);
    else column = placeAfter(columns, room, current, `${cells[current]} ${word.text}`, word);
    cells[column] = cells[column] === '' ? word.text : `${cells[column]} ${word.text}`;
    current = column;
  }
  return cells;
}
