/** An item renamed the way staff do it — a new draft version, reviewed and signed off — and documents filed before (issue 12). */
import { goldenCatalog } from '../helpers/appContext.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { getCatalogVersion } from '../../src/app/catalog/readCatalog.ts';
import { startDraft } from '../../src/app/catalog/startDraft.ts';
import { updateCatalogItem } from '../../src/app/catalog/updateCatalogItem.ts';
import { approveCatalogVersion, reviewCatalogVersion, submitCatalogVersion } from '../../src/app/catalog/changeVersionStatus.ts';
import type { CatalogItem } from '../../src/domain/catalog/catalog.ts';
import { publishNew, type DocumentWorld } from './documentFixtures.ts';

/** The item that gets renamed, and its new 二级事项. */
export const FILES = { level1: '基本信息', level2: '部门文件' };
export const RENAMED = '本部门规范性文件';

/**
 * A catalog of two items (机构信息, 部门文件) with the same 公开时限, published on the world's day (2026-03-02), and
 * a document of 2026-01-05 published under 部门文件 that day.
 */
export async function lateUnderFiles(world: DocumentWorld, timeLimit: string) {
  const golden = goldenCatalog() as { items: CatalogItem[] };
  const items = [{ level1: '概况信息', level2: '机构信息' }, FILES].map((names, i) => ({ ...golden.items[0]!, ...names, seq: String(i + 1), timeLimit }));
  await loadCatalog(world.admin, { ...golden, declared: null, items }, { publish: true });
  return publishNew(world, { formedOn: '2026-01-05', title: '迟发的部门文件' }, undefined, [FILES]);
}

/** A new published version in which the item with 二级事项 `from` is called `to` (it keeps its permanent key, migration 0014). */
export async function renameItem(world: Pick<DocumentWorld, 'engine' | 'agencyId' | 'editor' | 'reviewer' | 'approver'>, from: string, to: string): Promise<void> {
  const { versionId } = await startDraft(world.editor, world.agencyId);
  const item = (await getCatalogVersion(world.engine.db, versionId))!.items.find((i) => i.level2 === from)!;
  await updateCatalogItem(world.editor, { itemId: item.id, item: { ...item, level2: to } });
  await submitCatalogVersion(world.editor, { versionId, lintReason: '来源目录原有的检查错误，下一版统一更正' });
  await reviewCatalogVersion(world.reviewer, { versionId, decision: 'pass' });
  await approveCatalogVersion(world.approver, { versionId, decision: 'approve' });
}
