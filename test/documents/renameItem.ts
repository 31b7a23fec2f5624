/** Renaming a catalog item the way staff do it: a new draft version, reviewed and signed off (issue 12). */
import { getCatalogVersion } from '../../src/app/catalog/readCatalog.ts';
import { startDraft } from '../../src/app/catalog/startDraft.ts';
import { updateCatalogItem } from '../../src/app/catalog/updateCatalogItem.ts';
import { approveCatalogVersion, reviewCatalogVersion, submitCatalogVersion } from '../../src/app/catalog/changeVersionStatus.ts';
import type { DocumentWorld } from './documentFixtures.ts';

/** A new published version in which the item with 二级事项 `from` is called `to` (it keeps its permanent key, migration 0014). */
export async function renameItem(world: Pick<DocumentWorld, 'engine' | 'agencyId' | 'editor' | 'reviewer' | 'approver'>, from: string, to: string): Promise<void> {
  const { versionId } = await startDraft(world.editor, world.agencyId);
  const item = (await getCatalogVersion(world.engine.db, versionId))!.items.find((i) => i.level2 === from)!;
  await updateCatalogItem(world.editor, { itemId: item.id, item: { ...item, level2: to } });
  await submitCatalogVersion(world.editor, { versionId, lintReason: '来源目录原有的检查错误，下一版统一更正' });
  await reviewCatalogVersion(world.reviewer, { versionId, decision: 'pass' });
  await approveCatalogVersion(world.approver, { versionId, decision: 'approve' });
}
