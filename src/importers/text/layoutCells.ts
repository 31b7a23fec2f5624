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
import { numberAfterText, printedWidth, unitAfterNumber, wordsOf, type Word } from './layoutWords.ts';

export interface LayoutColumn {
  /** Character position where the column's cells start. */
  at: number;
  tick: boolean;
}

/** How far (in positions) a cell may start from its header label and still be that column's edge. */
const EDGE_REACH = 5;
/** Cost of a text column left without an edge of the data. */
const UNMATCHED = 3;

/**
 * Where the data's text cells start: a word at the start of a line or after two
 * or more spaces, or where words of three lines or more start (cells pushed up
 * to one space after the cell before them still start in line).
 */
function textEdges(lines: readonly string[]): number[] {
  const found = new Set<number>();
  const lined = new Map<number, number>();
  for (const line of lines) {
    for (const word of wordsOf(line)) {
      if (isMark(word.text)) continue;
      if (word.gap >= 2) found.add(word.start);
      lined.set(word.start, (lined.get(word.start) ?? 0) + 1);
      if (lined.get(word.start)! >= 3) found.add(word.start);
    }
  }
  return [...found].sort((a, b) => a - b);
}

interface Match {
  cost: number;
  /** Previous match on the best path (label index, edge index), or null. */
  from: [number, number] | null;
}

/**
 * The order-keeping matching of labels to edges that keeps the shift (edge − label)
 * steadiest from one label to the next, a label without an edge within reach costing
 * UNMATCHED: label index → edge.
 */
function steadyMatch(labels: readonly number[], edges: readonly number[]): Map<number, number> {
  const shift = (a: number, k: number) => edges[k]! - labels[a]!;
  const best = new Map<string, Match>();
  let end: Match & { at: [number, number] | null } = { cost: UNMATCHED * labels.length, from: null, at: null };
  for (let a = 0; a < labels.length; a++) {
    for (let k = 0; k < edges.length; k++) {
      if (Math.abs(shift(a, k)) > EDGE_REACH) continue;
      let match: Match = { cost: UNMATCHED * a + Math.abs(shift(a, k)), from: null };
      for (const [key, previous] of best) {
        const [pa, pk] = key.split(',').map(Number) as [number, number];
        if (pa >= a || pk >= k) continue;
        const cost = previous.cost + UNMATCHED * (a - pa - 1) + Math.abs(shift(a, k) - shift(pa, pk));
        if (cost < match.cost) match = { cost, from: [pa, pk] };
      }
      best.set(`${a},${k}`, match);
      const total = match.cost + UNMATCHED * (labels.length - 1 - a);
      if (total < end.cost) end = { cost: total, from: match.from, at: [a, k] };
    }
  }
  const matched = new Map<number, number>();
  for (let at = end.at; at; at = best.get(`${at[0]},${at[1]}`)!.from) matched.set(at[0], edges[at[1]]!);
  return matched;
}

/**
 * Header labels stand pushed right of their cells by the labels before them,
 * more the further right they are, and one table row's cells stand apart from
 * another's. Text columns take the text cells' edges by steadyMatch; a label
 * without an edge moves by the shift of the label before it. Tick columns keep
 * their labels' positions (their ticks drift too much to move them).
 */
export function layoutColumns(leaves: readonly Pick<HeaderLeaf, 'start' | 'tick'>[], dataLines: readonly string[]): LayoutColumn[] {
  const out = leaves.map((leaf) => ({ at: leaf.start, tick: leaf.tick }));
  const text = leaves.flatMap((leaf, j) => (leaf.tick ? [] : [j]));
  const matched = steadyMatch(text.map((j) => leaves[j]!.start), textEdges(dataLines));
  let moved = 0;
  text.forEach((j, a) => {
    const edge = matched.get(a);
    if (edge !== undefined) moved = edge - leaves[j]!.start;
    out[j]!.at = leaves[j]!.start + moved;
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
      if (word.gap >= 2) {
        close();
        run = [word];
      } else run.push(word);
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

/** A cell's text so far on its line: its length in positions and its printed width. */
interface Measure {
  length: number;
  width: number;
}

/**
 * The column of a word that follows a cell of column `current` on its line: the same cell for a
 * number's unit or a number after Chinese text that fits (layoutWords.ts); else a later column where it stands
 * after a gap of two or more spaces, where the cell would not fit its column with it, or where it
 * stands at a later column's edge (unless the cell before is longer in positions than on paper —
 * digits, spaces — and ran up to that edge itself, with no other line of the page starting a word there).
 */
function placeAfter(columns: readonly LayoutColumn[], room: readonly number[], current: number, cell: Measure, word: Word, starts: ReadonlyMap<number, number>, previous: Word): number {
  const fits = cell.width + printedWidth(` ${word.text}`) <= room[current]!;
  // A cell after a gap starts near its column's edge; one pushed right by the cell before stands past it.
  const standsIn = word.gap >= 2 ? nearest(columns, word.start, false) : textColumnAt(columns, word.start);
  const atEdge = Math.abs(columns[standsIn]!.at - word.start) <= 1;
  if (word.gap === 1 && (unitAfterNumber(previous.text, word.text) || (numberAfterText(previous.text, word.text) && fits))) return current;
  const ranOver = cell.length - cell.width >= 1;
  const lined = atEdge && (!ranOver || (starts.get(word.start) ?? 0) >= 2);
  if (standsIn > current) return word.gap >= 2 || !fits || lined ? standsIn : current;
  return fits ? current : nextText(columns, current);
}

/** The line's text in each column ('' where it has none). */
export function cutLine(line: string, columns: readonly LayoutColumn[], room: readonly number[], starts: ReadonlyMap<number, number> = new Map()): string[] {
  const cells = columns.map(() => '');
  const measures: Measure[] = columns.map(() => ({ length: 0, width: 0 }));
  const hasTicks = columns.some((c) => c.tick);
  let current = -1;
  let previous: Word | null = null;
  for (const word of wordsOf(line)) {
    let column: number;
    if (hasTicks && isMark(word.text)) column = nearest(columns, word.start, true);
    else if (current < 0 || columns[current]!.tick) column = nearest(columns, word.start, false);
    else column = placeAfter(columns, room, current, measures[current]!, word, starts, previous!);
    const piece = cells[column] === '' ? word.text : ` ${word.text}`;
    cells[column] += piece;
    measures[column] = { length: measures[column]!.length + piece.length, width: measures[column]!.width + printedWidth(piece) };
    current = column;
    previous = word;
  }
  return cells;
}
