import type { CatalogItem } from './catalog.ts';

/** An item as the diff sees it: a catalog row, with its permanent key where the version has one. */
export type DiffItem = CatalogItem & { key?: string | null };

/** before[beforeIndex] and after[afterIndex] are the same item. */
export interface ItemPair {
  beforeIndex: number;
  afterIndex: number;
}

/**
 * The rename pass compares every remaining item with every other; beyond this many pairs (a wholly
 * different catalog) it is skipped and the items are reported as removed and added (bounded work).
 */
export const RENAME_PAIR_LIMIT = 100_000;

/** Below this bigram similarity of 二级事项 + 公开内容, two unmatched items are taken as different items. */
export const RENAME_SIMILARITY = 0.6;

const compact = (text: string | null) => (text ?? '').replace(/\s+/g, '');

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const chars = [...text];
  if (chars.length === 1) grams.set(text, 1);
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const gram = chars[i]! + chars[i + 1]!;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Two items that both carry a key are the same item only when the keys are equal (matched in the first pass). */
const mayPair = (a: DiffItem, b: DiffItem) => !(a.key && b.key) || a.key === b.key;

type Identity = (item: DiffItem) => string | null;

const byKey: Identity = (item) => (item.key ? `k:${item.key}` : null);
const byNames: Identity = (item) => `n:${compact(item.level1)}\u0000${compact(item.level2)}`;
const byLevel2: Identity = (item) => (compact(item.level2) ? `l:${compact(item.level2)}` : null);

/** One matching pass: equal identities pair up in list order (so duplicates pair first with first). */
function pairByIdentity(before: readonly DiffItem[], after: readonly DiffItem[], open: { before: Set<number>; after: Set<number> }, identity: Identity): ItemPair[] {
  const waiting = new Map<string, number[]>();
  for (const index of open.before) {
    const id = identity(before[index]!);
    if (id !== null) waiting.set(id, [...(waiting.get(id) ?? []), index]);
  }
  const pairs: ItemPair[] = [];
  for (const afterIndex of [...open.after]) {
    const id = identity(after[afterIndex]!);
    const queue = id === null ? undefined : waiting.get(id);
    const at = queue?.findIndex((index) => mayPair(before[index]!, after[afterIndex]!)) ?? -1;
    if (at < 0) continue;
    const beforeIndex = queue!.splice(at, 1)[0]!;
    pairs.push({ beforeIndex, afterIndex });
    open.before.delete(beforeIndex);
    open.after.delete(afterIndex);
  }
  return pairs;
}

const renameText = (item: DiffItem) => compact(item.level2) + compact(item.content);

interface Grams {
  counts: Map<string, number>;
  total: number;
}

function gramsOf(item: DiffItem): Grams {
  const counts = bigrams(renameText(item));
  let total = 0;
  for (const count of counts.values()) total += count;
  return { counts, total };
}

/** For one item, the shared bigram count with every remaining item of the other side (through an inverted index). */
function sharedCounts(grams: Grams, index: Map<string, [number, number][]>): Map<number, number> {
  const shared = new Map<number, number>();
  for (const [gram, count] of grams.counts) {
    for (const [other, otherCount] of index.get(gram) ?? []) shared.set(other, (shared.get(other) ?? 0) + Math.min(count, otherCount));
  }
  return shared;
}

/** Last pass: the most similar remaining pairs (renamed items), best first, above RENAME_SIMILARITY (Dice over bigrams). */
function pairBySimilarity(before: readonly DiffItem[], after: readonly DiffItem[], open: { before: Set<number>; after: Set<number> }): ItemPair[] {
  if (open.before.size * open.after.size > RENAME_PAIR_LIMIT) return [];
  const beforeGrams = new Map([...open.before].map((index) => [index, gramsOf(before[index]!)]));
  const index = new Map<string, [number, number][]>();
  for (const [beforeIndex, grams] of beforeGrams) {
    for (const [gram, count] of grams.counts) {
      const postings = index.get(gram) ?? [];
      postings.push([beforeIndex, count]);
      index.set(gram, postings);
    }
  }
  const candidates: (ItemPair & { score: number })[] = [];
  for (const afterIndex of open.after) {
    const grams = gramsOf(after[afterIndex]!);
    for (const [beforeIndex, shared] of sharedCounts(grams, index)) {
      const score = (2 * shared) / (grams.total + beforeGrams.get(beforeIndex)!.total);
      if (score >= RENAME_SIMILARITY && mayPair(before[beforeIndex]!, after[afterIndex]!)) candidates.push({ beforeIndex, afterIndex, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.afterIndex - b.afterIndex || a.beforeIndex - b.beforeIndex);
  const pairs: ItemPair[] = [];
  for (const { beforeIndex, afterIndex } of candidates) {
    if (!open.before.has(beforeIndex) || !open.after.has(afterIndex)) continue;
    pairs.push({ beforeIndex, afterIndex });
    open.before.delete(beforeIndex);
    open.after.delete(afterIndex);
  }
  return pairs;
}

/**
 * Which items of two versions are the same item: by permanent key where both have one,
 * then by (一级事项, 二级事项), then by 二级事项 alone (moved to another 一级事项), then by
 * similar 二级事项 + 公开内容 (renamed). Pairs are sorted by their index in `after`.
 */
export function matchItems(before: readonly DiffItem[], after: readonly DiffItem[]): ItemPair[] {
  const open = { before: new Set(before.keys()), after: new Set(after.keys()) };
  const pairs = [
    ...pairByIdentity(before, after, open, byKey),
    ...pairByIdentity(before, after, open, byNames),
    ...pairByIdentity(before, after, open, byLevel2),
    ...pairBySimilarity(before, after, open),
  ];
  return pairs.sort((a, b) => a.afterIndex - b.afterIndex);
}
