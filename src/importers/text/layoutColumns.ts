/**
 * Where the columns of a fixed-column text table start: at the header's labels,
 * moved to where the data's cells actually start (the left edges shared by many
 * lines), keeping the shift from one label to the next steady.
 */
import { isMark } from '../table/cellText.ts';
import type { HeaderLeaf } from './layoutHeader.ts';
import { wordsOf } from './layoutWords.ts';

export interface LayoutColumn {
  /** Character position where the column's cells start. */
  at: number;
  tick: boolean;
  /** The column of check-box lists (公开渠道和载体). */
  boxes?: boolean;
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

/** How far (in positions) a row's cell may start from the page's column and still be that column's edge in the row. */
const ROW_REACH = 3;

/** Where words start unpushed — at a line's start or two spaces or more after the word before (marks left out) — and how many. */
function unpushedStarts(lines: readonly string[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const line of lines) {
    for (const word of wordsOf(line)) if (word.gap >= 2 && !isMark(word.text)) counts.set(word.start, (counts.get(word.start) ?? 0) + 1);
  }
  return counts;
}

/** A matching of columns to start positions, ending at one pair. */
interface RowMatch {
  words: number;
  /** How much the shift (start − column) changes from one matched column to the next, summed from 0. */
  unsteadiness: number;
  distance: number;
  pairs: [number, number][];
}

function betterMatch(a: RowMatch, b: RowMatch): boolean {
  if (a.words !== b.words) return a.words > b.words;
  if (a.unsteadiness !== b.unsteadiness) return a.unsteadiness < b.unsteadiness;
  return a.distance < b.distance;
}

/**
 * The order-keeping one-to-one matching of columns to start positions within ROW_REACH that
 * covers the most words, then keeps the shift steadiest, then stands nearest: column index (into `at`) → start.
 */
function nearestMatch(at: readonly number[], starts: ReadonlyMap<number, number>): Map<number, number> {
  const ends: (RowMatch & { column: number; start: number })[] = [];
  let best: RowMatch = { words: 0, unsteadiness: 0, distance: 0, pairs: [] };
  at.forEach((column, i) => {
    for (const [start, words] of [...starts].sort((a, b) => a[0] - b[0])) {
      const shift = start - column;
      if (Math.abs(shift) > ROW_REACH) continue;
      let match: RowMatch = { words, unsteadiness: Math.abs(shift), distance: Math.abs(shift), pairs: [[i, start]] };
      for (const end of ends) {
        if (end.column >= i || end.start >= start) continue;
        const longer = {
          words: end.words + words,
          unsteadiness: end.unsteadiness + Math.abs(shift - (end.start - at[end.column]!)),
          distance: end.distance + Math.abs(shift),
          pairs: [...end.pairs, [i, start] as [number, number]],
        };
        if (betterMatch(longer, match)) match = longer;
      }
      ends.push({ ...match, column: i, start });
      if (betterMatch(match, best)) best = match;
    }
  });
  return new Map(best.pairs);
}

/**
 * The columns of one table row. pdftotext places each row on its own, so its cells stand a little apart
 * from the page's columns; a word at a line's start or two spaces after the word before was not pushed
 * there: it stands at its cell's edge. Text columns move to such starts (nearestMatch); a text column
 * without one moves as the column before it did. Tick columns stay.
 */
export function rowColumns(columns: readonly LayoutColumn[], lines: readonly string[]): LayoutColumn[] {
  const text = columns.flatMap((c, j) => (c.tick ? [] : [j]));
  const matched = nearestMatch(text.map((j) => columns[j]!.at), unpushedStarts(lines));
  const out = columns.map((c) => ({ ...c }));
  let moved = 0;
  text.forEach((j, a) => {
    const start = matched.get(a);
    moved = start !== undefined ? start - columns[j]!.at : Math.max(moved, 0);
    out[j]!.at = columns[j]!.at + moved;
  });
  return out;
}
