import type { CatalogItem } from './catalog.ts';
import { matchItems, type DiffItem, type ItemPair } from './itemMatching.ts';

/** The fields a reader compares, in the form's order, with their labels (shared/golden/SCHEMA.md). */
export const DIFF_FIELDS = [
  ['level2', '二级事项'],
  ['content', '公开内容'],
  ['basis', '公开依据'],
  ['timeLimit', '公开时限'],
  ['subject', '公开主体'],
  ['channels', '公开渠道和载体'],
  ['audience', '公开对象'],
  ['mode', '公开方式'],
  ['fiveTypes', '五公开类型'],
  ['column', '网站所属栏目'],
  ['category', '公开类型'],
  ['remarks', '备注'],
] as const;

export type DiffField = (typeof DIFF_FIELDS)[number][0];

export interface FieldChange {
  field: DiffField;
  label: string;
  before: string;
  after: string;
}

/** An item present on both sides; `fields` lists what differs (empty when only its place changed). */
export interface ItemChange<B extends DiffItem = DiffItem, A extends DiffItem = B> extends ItemPair {
  before: B;
  after: A;
  fields: FieldChange[];
  /** Its 一级事项 changed, or its order among the matched items did. */
  moved: boolean;
}

export interface VersionDiff<B extends DiffItem = DiffItem, A extends DiffItem = B> {
  added: { afterIndex: number; item: A }[];
  removed: { beforeIndex: number; item: B }[];
  moved: ItemChange<B, A>[];
  changed: ItemChange<B, A>[];
  unchanged: number;
}

function channelText(item: CatalogItem): string {
  return item.channels.map((channel) => (item.channelNotes?.[channel] ? `${channel}（${item.channelNotes[channel]}）` : channel)).join('、');
}

/** A field as a reader sees it: lists joined with 、, basis one per line, empty as ''. */
export function fieldText(item: CatalogItem, field: DiffField): string {
  if (field === 'channels') return channelText(item);
  if (field === 'basis') return item.basis.join('\n');
  const value = item[field];
  if (Array.isArray(value)) return value.join('、');
  return (value ?? '').trim();
}

export function changedFields(before: CatalogItem, after: CatalogItem): FieldChange[] {
  return DIFF_FIELDS.flatMap(([field, label]) => {
    const [from, to] = [fieldText(before, field), fieldText(after, field)];
    return from === to ? [] : [{ field, label, before: from, after: to }];
  });
}

/** Pairs (sorted by after index) whose before indexes are not in the longest increasing run: they changed place. */
function outOfOrder(pairs: readonly ItemPair[]): Set<ItemPair> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(pairs.length).fill(-1);
  pairs.forEach((pair, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pairs[tails[middle]!]!.beforeIndex < pair.beforeIndex) low = middle + 1;
      else high = middle;
    }
    previous[index] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = index;
  });
  const inOrder = new Set<number>();
  for (let index = tails.length ? tails[tails.length - 1]! : -1; index >= 0; index = previous[index]!) inOrder.add(index);
  return new Set(pairs.filter((_, index) => !inOrder.has(index)));
}

const sameLevel1 = (a: CatalogItem, b: CatalogItem) => a.level1.replace(/\s+/g, '') === b.level1.replace(/\s+/g, '');

/** What changed from one list of catalog items to another: added, removed, moved and edited items. */
export function diffCatalogItems<B extends DiffItem, A extends DiffItem = B>(before: readonly B[], after: readonly A[]): VersionDiff<B, A> {
  const pairs = matchItems(before, after);
  const displaced = outOfOrder(pairs);
  const paired = pairs.map((pair): ItemChange<B, A> => {
    const [from, to] = [before[pair.beforeIndex]!, after[pair.afterIndex]!];
    return { ...pair, before: from, after: to, fields: changedFields(from, to), moved: displaced.has(pair) || !sameLevel1(from, to) };
  });
  const matchedBefore = new Set(pairs.map((pair) => pair.beforeIndex));
  const matchedAfter = new Set(pairs.map((pair) => pair.afterIndex));
  return {
    added: after.flatMap((item, afterIndex) => (matchedAfter.has(afterIndex) ? [] : [{ afterIndex, item }])),
    removed: before.flatMap((item, beforeIndex) => (matchedBefore.has(beforeIndex) ? [] : [{ beforeIndex, item }])),
    moved: paired.filter((change) => change.moved),
    changed: paired.filter((change) => change.fields.length > 0),
    unchanged: paired.filter((change) => !change.moved && change.fields.length === 0).length,
  };
}

export const diffIsEmpty = (diff: VersionDiff<DiffItem, DiffItem>) => diff.added.length + diff.removed.length + diff.moved.length + diff.changed.length === 0;
