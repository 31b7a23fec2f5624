import { matchItems, type DiffItem } from './itemMatching.ts';
import { fieldText, type VersionDiff } from './versionDiff.ts';

/** A version's number and its items (for the revert check, oldest first). */
export interface NumberedItems {
  number: number;
  items: readonly DiffItem[];
}

/** What the import would undo: an edit, a removal (the item comes back) or an addition (the item goes). */
export type RevertKind = 'edited' | 'restored' | 'dropped';

/** An item where the file still holds an older version's content, which a later version changed. */
export interface RevertedItem {
  kind: RevertKind;
  /** 二级事项 (or 一级事项) of the item. */
  name: string;
  /** The newest earlier version whose content the file still has. */
  oldVersion: number;
  /** The version that made the change the import would undo. */
  changedIn: number;
}

/** For each earlier version, its item matched to each current item (current index → item). */
function matchedHistory(earlier: readonly NumberedItems[], current: readonly DiffItem[]): Map<number, DiffItem>[] {
  return earlier.map(({ items }) => new Map(matchItems(items, current).map((pair) => [pair.afterIndex, items[pair.beforeIndex]!])));
}

const nameOf = (item: DiffItem) => item.level2 ?? item.level1;
const newestFirst = (count: number) => Array.from({ length: count }, (_, index) => count - 1 - index);

/**
 * The file's date says nothing reliable, so its content decides. An item of the file that differs
 * from the current version where every differing field equals an earlier version's value; an item
 * the current version dropped that an earlier version had; an item the current version added that
 * an earlier version lacked: the file was made before that change, and importing it would undo it.
 */
export function findReverts(diff: VersionDiff<DiffItem, DiffItem>, current: NumberedItems, earlier: readonly NumberedItems[]): RevertedItem[] {
  const history = matchedHistory(earlier, current.items);
  const order = newestFirst(earlier.length);
  const reverted = (kind: RevertKind, name: string, found: number | undefined): RevertedItem[] =>
    found === undefined ? [] : [{ kind, name, oldVersion: earlier[found]!.number, changedIn: earlier[found + 1]?.number ?? current.number }];

  const edited = diff.changed.flatMap((change) => {
    const found = order.find((index) => {
      const old = history[index]!.get(change.beforeIndex);
      return old !== undefined && change.fields.every(({ field }) => fieldText(old, field) === fieldText(change.after, field));
    });
    return reverted('edited', nameOf(change.before), found);
  });
  const dropped = diff.removed.flatMap(({ beforeIndex, item }) => reverted('dropped', nameOf(item), order.find((index) => !history[index]!.has(beforeIndex))));
  const gone = earlier.map(({ items }, index) => {
    const kept = new Set(history[index]!.values());
    return items.filter((item) => !kept.has(item));
  });
  const restored = diff.added.flatMap(({ item }) =>
    reverted('restored', nameOf(item), order.find((index) => matchItems(gone[index]!, [item]).length > 0)),
  );
  return [...edited, ...restored, ...dropped];
}

const SENTENCES: Record<RevertKind, (count: number, oldVersion: number, changedIn: number) => string> = {
  edited: (count, oldVersion, changedIn) => `文件中的 ${count} 个事项仍是旧版本的内容（第${oldVersion}版），导入将撤销第${changedIn}版对这些事项的修改`,
  restored: (count, oldVersion, changedIn) => `文件中有 ${count} 个事项已在第${changedIn}版删除（文件仍是第${oldVersion}版的内容），导入将恢复这些事项`,
  dropped: (count, oldVersion, changedIn) => `文件中缺少第${changedIn}版新增的 ${count} 个事项（文件仍是第${oldVersion}版的内容），导入将删除这些事项`,
};

/** One Chinese sentence per kind and pair of versions, naming the items: «文件中的 N 个事项仍是旧版本的内容（第1版），导入将撤销第2版对这些事项的修改：…». */
export function revertWarnings(reverted: readonly RevertedItem[]): string[] {
  const groups = new Map<string, RevertedItem[]>();
  for (const item of reverted) {
    const key = `${item.kind}/${item.oldVersion}/${item.changedIn}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()].map((items) => {
    const { kind, oldVersion, changedIn } = items[0]!;
    return `${SENTENCES[kind](items.length, oldVersion, changedIn)}：${items.map((item) => `「${item.name}」`).join('、')}`;
  });
}
