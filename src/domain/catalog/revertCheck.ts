import { matchItems, type DiffItem } from './itemMatching.ts';
import { fieldText, type VersionDiff } from './versionDiff.ts';

/** A version's number and its items (for the revert check, oldest first). */
export interface NumberedItems {
  number: number;
  items: readonly DiffItem[];
}

/** A file item that still holds an older version's content, which a later version changed. */
export interface RevertedItem {
  /** Index of the item in the file. */
  fileIndex: number;
  /** 二级事项 (or 一级事项) as the current version names it. */
  name: string;
  /** The newest earlier version whose content the file still has. */
  oldVersion: number;
  /** The version that made the change the import would undo. */
  changedIn: number;
  fieldLabels: string[];
}

/** For each earlier version, its item matched to each current item (current index → item). */
function matchedHistory(earlier: readonly NumberedItems[], current: readonly DiffItem[]): Map<number, DiffItem>[] {
  return earlier.map(({ items }) => new Map(matchItems(items, current).map((pair) => [pair.afterIndex, items[pair.beforeIndex]!])));
}

/**
 * The file's date says nothing reliable, so its content decides: an item that differs from the
 * current version, where every differing field equals an earlier version's value of the same item,
 * was made before that change; importing it would undo the change.
 */
export function findReverts(diff: VersionDiff<DiffItem, DiffItem>, current: NumberedItems, earlier: readonly NumberedItems[]): RevertedItem[] {
  const history = matchedHistory(earlier, current.items);
  const reverted: RevertedItem[] = [];
  for (const change of diff.changed) {
    const newestFirst = earlier.map((_, index) => earlier.length - 1 - index);
    const found = newestFirst.find((index) => {
      const old = history[index]!.get(change.beforeIndex);
      return old !== undefined && change.fields.every(({ field }) => fieldText(old, field) === fieldText(change.after, field));
    });
    if (found === undefined) continue;
    reverted.push({
      fileIndex: change.afterIndex,
      name: change.before.level2 ?? change.before.level1,
      oldVersion: earlier[found]!.number,
      changedIn: earlier[found + 1]?.number ?? current.number,
      fieldLabels: change.fields.map((field) => field.label),
    });
  }
  return reverted;
}

/** «文件中的 N 个事项仍是旧版本的内容（第1版），导入将撤销第2版对这些事项的修改：A、B», one line per pair of versions. */
export function revertWarnings(reverted: readonly RevertedItem[]): string[] {
  const groups = new Map<string, RevertedItem[]>();
  for (const item of reverted) {
    const key = `${item.oldVersion}/${item.changedIn}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()].map((items) => {
    const { oldVersion, changedIn } = items[0]!;
    const names = items.map((item) => `「${item.name}」`).join('、');
    return `文件中的 ${items.length} 个事项仍是旧版本的内容（第${oldVersion}版），导入将撤销第${changedIn}版对这些事项的修改：${names}`;
  });
}
