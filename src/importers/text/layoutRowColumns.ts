/**
 * The columns of one table row of fixed-column text: pdftotext places each row on its own, so its
 * cells stand a little apart from the page's columns (layoutColumns.ts).
 */
import { isMark } from '../table/cellText.ts';
import { opensWithBox } from './layoutCells.ts';
import type { LayoutColumn } from './layoutColumns.ts';
import { wordsOf } from './layoutWords.ts';

/** How far (in positions) a row's cell may start from the page's column and still be that column's edge in the row. */
const ROW_REACH = 3;
/** How far the column of check-box lists may move to the row's check-boxes (no other column starts with one). */
const BOX_REACH = 8;

/** How many words start unpushed at a position — at a line's start or two spaces or more after the word before — opening with a check-box or not. */
interface Starts {
  boxed: number;
  other: number;
}

function unpushedStarts(lines: readonly string[]): Map<number, Starts> {
  const counts = new Map<number, Starts>();
  for (const line of lines) {
    for (const word of wordsOf(line)) {
      if (word.gap < 2 || isMark(word.text)) continue;
      const count = counts.get(word.start) ?? { boxed: 0, other: 0 };
      if (opensWithBox(word.text)) count.boxed++;
      else count.other++;
      counts.set(word.start, count);
    }
  }
  return counts;
}

/** A matching of columns to start positions, ending at one pair. */
interface RowMatch {
  words: number;
  /** How much the shift (start − column) changes from one matched column to the next, summed from 0. */
  unsteadiness: number;
  distance: number;
  column: number;
  start: number;
  /** The match it extends, or null. */
  from: RowMatch | null;
}

function betterMatch(a: RowMatch, b: RowMatch): boolean {
  if (a.words !== b.words) return a.words > b.words;
  if (a.unsteadiness !== b.unsteadiness) return a.unsteadiness < b.unsteadiness;
  return a.distance < b.distance;
}

/**
 * The order-keeping one-to-one matching of columns to start positions within ROW_REACH (the column of
 * check-box lists to where check-boxes start, within BOX_REACH; the others where none does) that covers
 * the most words, then keeps the shift steadiest, then stands nearest: column index → start.
 */
function nearestMatch(columns: readonly LayoutColumn[], startCounts: ReadonlyMap<number, Starts>): Map<number, number> {
  const at = columns.map((c) => c.at);
  const words = (i: number, start: number) => {
    const count = startCounts.get(start)!;
    const boxes = columns[i]!.boxes === true;
    const distance = Math.abs(start - at[i]!);
    if (!boxes) return distance > ROW_REACH ? 0 : count.other;
    return distance > BOX_REACH ? 0 : distance > ROW_REACH || count.boxed === 0 ? count.boxed : count.boxed + count.other;
  };
  const starts = [...startCounts.keys()].sort((a, b) => a - b);
  const ends: RowMatch[] = [];
  let best = null as RowMatch | null;
  at.forEach((column, i) => {
    for (const start of starts) {
      const shift = start - column;
      const count = words(i, start);
      if (count === 0) continue;
      let match: RowMatch = { words: count, unsteadiness: Math.abs(shift), distance: Math.abs(shift), column: i, start, from: null };
      for (const end of ends) {
        if (end.column >= i || end.start >= start) continue;
        const unsteadiness = end.unsteadiness + Math.abs(shift - (end.start - at[end.column]!));
        const longer = { words: end.words + count, unsteadiness, distance: end.distance + Math.abs(shift), column: i, start, from: end };
        if (betterMatch(longer, match)) match = longer;
      }
      ends.push(match);
      if (best === null || betterMatch(match, best)) best = match;
    }
  });
  const matched = new Map<number, number>();
  for (let m = best; m; m = m.from) matched.set(m.column, m.start);
  return matched;
}

/**
 * The columns of one table row. pdftotext places each row on its own, so its cells stand a little apart
 * from the page's columns; a word at a line's start or two spaces after the word before was not pushed
 * there: it stands at its cell's edge. Text columns move to such starts (nearestMatch); a text column
 * without one moves as the column before it did. Tick columns stay.
 */
export function rowColumns(columns: readonly LayoutColumn[], lines: readonly string[]): LayoutColumn[] {
  const text = columns.flatMap((c, j) => (c.tick ? [] : [j]));
  const matched = nearestMatch(text.map((j) => columns[j]!), unpushedStarts(lines));
  const out = columns.map((c) => ({ ...c }));
  let moved = 0;
  text.forEach((j, a) => {
    const start = matched.get(a);
    moved = start !== undefined ? start - columns[j]!.at : Math.max(moved, 0);
    out[j]!.at = columns[j]!.at + moved;
  });
  return out;
}
