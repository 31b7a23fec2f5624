/**
 * Issue 12 (stable items): a catalog item keeps a permanent key from version to version, so that its public URL,
 * its feed and the documents filed under it survive a new version. Keys are carried by editing (the row keeps its
 * key) and, when a whole catalog is loaded or imported, by matching each new item to an item of the version before.
 */

/** The names an item is matched by: 一级事项 and 二级事项 (null when the item has none). */
export interface ItemNames {
  level1: string;
  level2: string | null;
}

export type KeyedItemNames = ItemNames & { key: string };

const normal = (text: string | null): string => (text ?? '').trim();
const exactName = (item: ItemNames): string => `${normal(item.level1)}\u0000${normal(item.level2)}`;

/**
 * The key of each next item, in order: the key of the previous item with the same (一级事项, 二级事项); failing that,
 * of the previous item with the same non-empty 二级事项 alone (an item moved under another 一级事项); otherwise
 * `newKey()`. Each previous key is given to one next item at most, and exact matches are settled first so that a
 * 二级事项-only match never takes the key an exact match would have had.
 */
export function matchItemKeys(previous: readonly KeyedItemNames[], next: readonly ItemNames[], newKey: () => string): string[] {
  const keys: (string | null)[] = next.map(() => null);
  const taken = new Set<number>();
  const claim = (index: number, found: (candidate: KeyedItemNames) => boolean) => {
    const at = previous.findIndex((candidate, position) => !taken.has(position) && found(candidate));
    if (at < 0) return;
    taken.add(at);
    keys[index] = previous[at]!.key;
  };
  next.forEach((item, index) => claim(index, (candidate) => exactName(candidate) === exactName(item)));
  next.forEach((item, index) => {
    if (keys[index] === null && normal(item.level2)) claim(index, (candidate) => normal(candidate.level2) === normal(item.level2));
  });
  return keys.map((key) => key ?? newKey());
}

/** The key of a filed name (一级事项, 二级事项; '' for no 二级事项), as documents' item rows store it. */
export const filedNameKey = (names: { level1: string; level2: string | null }): string => `${names.level1}\u0000${names.level2 ?? ''}`;
