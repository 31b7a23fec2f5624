import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { appendItem } from '../../storage/repositories/catalog.repository.ts';
import { editableVersion, validateItem } from './editableVersion.ts';

/** Append an item to a draft or returned version. */
export async function addCatalogItem(ctx: AppContext, input: { versionId: string; item: unknown }): Promise<{ itemId: string }> {
  return inTransaction(ctx, async (tx) => {
    const version = await editableVersion(tx, input.versionId);
    const item = validateItem(input.item);
    const itemId = await appendItem(tx.db, version.id, item);
    await tx.audit.record(tx.db, tx.actor, {
      action: 'catalog.item_added',
      entityType: 'catalog_item',
      entityId: itemId,
      agencyId: version.agencyId,
      summary: `目录第${version.number}版新增事项「${item.level2 ?? item.level1}」`,
      after: item,
    });
    return { itemId };
  });
}
