import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { findItem, updateItem } from '../../storage/repositories/catalog.repository.ts';
import { editableVersion, validateItem } from './editableVersion.ts';
import { carrySourceLabels } from '../../domain/catalog/sourceLabels.ts';

/** Change one item of a draft or returned version (填表人 of that agency). */
export async function updateCatalogItem(ctx: AppContext, input: { itemId: string; item: unknown }): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const found = await findItem(tx.db, input.itemId);
    if (!found) throw new NotFoundError('找不到该事项');
    const version = await editableVersion(tx, found.versionId);
    const item = carrySourceLabels(found.item, validateItem(input.item));
    await updateItem(tx.db, input.itemId, item);
    const { id: _id, position: _position, ...before } = found.item;
    await tx.audit.record(tx.db, tx.actor, {
      action: 'catalog.item_updated',
      entityType: 'catalog_item',
      entityId: input.itemId,
      agencyId: version.agencyId,
      summary: `修改目录第${version.number}版事项「${item.level2 ?? item.level1}」`,
      before,
      after: item,
    });
  });
}
