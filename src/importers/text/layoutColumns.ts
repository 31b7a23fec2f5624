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

/** Cost of a path that leaves the anchored label without its edge: never taken when another exists. */
const ANCHOR_MISSED = 1e6;

/**
 * The order-keeping matching of labels to edges that keeps the shift (edge − label)
 * steadiest from one label to the next, a label without an edge within reach costing
 * UNMATCHED, the anchored label (if any) taking the anchor's edge: label index → edge.
 */
function steadyMatch(labels: readonly number[], edges: readonly number[], anchor?: Anchor): Map<number, number> {
  const shift = (a: number, k: number) => edges[k]! - labels[a]!;
  /** Cost of leaving the labels from..to-1 without edges. */
  const skip = (from: number, to: number) => UNMATCHED * (to - from) + (anchor && anchor.column >= from && anchor.column < to ? ANCHOR_MISSED : 0);
  const allowed = (a: number, k: number) => (anchor?.column === a ? edges[k] === anchor.at : Math.abs(shift(a, k)) <= EDGE_REACH);
  const best = new Map<string, Match>();
  let end: Match & { at: [number, number] | null } = { cost: skip(0, labels.length), from: null, at: null };
  for (let a = 0; a < labels.length; a++) {
    for (let k = 0; k < edges.length; k++) {
      if (!allowed(a, k)) continue;
      let match: Match = { cost: skip(0, a) + Math.abs(shift(a, k)), from: null };
      for (const [key, previous] of best) {
        const [pa, pk] = key.split(',').map(Number) as [number, number];
        if (pa >= a || pk >= k) continue;
        const cost = previous.cost + skip(pa + 1, a) + Math.abs(shift(a, k) - shift(pa, pk));
        if (cost < match.cost) match = { cost, from: [pa, pk] };
      }
      best.set(`${a},${k}`, match);
      const total = match.cost + skip(a + 1, labels.length);
      if (total < end.cost) end = { cost: total, from: match.from, at: [a, k] };
    }
  }
  const matched = new Map<number, number>();
  for (let at = end.at; at; at = best.get(`${at[0]},${at[1]}`)!.from) matched.set(at[0], edges[at[1]]!);
  return matched;
}

/** A column whose edge is known from its cells' kind (the check-box lists are the 公开渠道和载体 column's). */
export interface Anchor {
  column: number;
  at: number;
}

/**
 * Header labels stand pushed right of their cells by the labels before them,
 * more the further right they are, and one table row's cells stand apart from
 * another's. Text columns take the text cells' edges by steadyMatch (an anchored
 * column takes its edge, the shift steady around it); a label
 * without an edge moves by the shift of the label before it. Tick columns keep
 * their labels' positions (their ticks drift too much to move them).
 */
export function layoutColumns(leaves: readonly Pick<HeaderLeaf, 'start' | 'tick'>[], dataLines: readonly string[], anchor?: Anchor): LayoutColumn[] {
  const out = leaves.map((leaf) => ({ at: leaf.start, tick: leaf.tick }));
  const text = leaves.flatMap((leaf, j) => (leaf.tick ? [] : [j]));
  const labels = text.map((j) => leaves[j]!.start);
  const edges = textEdges(dataLines);
  const a = anchor ? text.indexOf(anchor.column) : -1;
  const matched = a >= 0 ? steadyMatch(labels, [...new Set([...edges, anchor!.at])].sort((x, y) => x - y), { column: a, at: anchor!.at }) : steadyMatch(labels, edges);
  let moved = 0;
  text.forEach((j, k) => {
    const edge = matched.get(k);
    if (edge !== undefined) moved = edge - leaves[j]!.start;
    out[j]!.at = leaves[j]!.start + moved;
  });
  return out;
}
