import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { deleteItem, findItem } from '../../storage/repositories/catalog.repository.ts';
import { editableVersion } from './editableVersion.ts';

/** Remove an item from a draft or returned version. */
export async function removeCatalogItem(ctx: AppContext, input: { itemId: string }): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const found = await findItem(tx.db, input.itemId);
    if (!found) throw new NotFoundError('找不到该事项');
    const version = await editableVersion(tx, found.versionId);
    await deleteItem(tx.db, input.itemId);
    const { id: _id, position: _position, ...before } = found.item;
    await tx.audit.record(tx.db, tx.actor, {
      action: 'catalog.item_removed',
      entityType: 'catalog_item',
      entityId: input.itemId,
      agencyId: version.agencyId,
      summary: `目录第${version.number}版删除事项「${before.level2 ?? before.level1}」`,
      before,
    });
  });
}
