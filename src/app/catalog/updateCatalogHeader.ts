import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { changedHeaderFields, headerOf, readCatalogHeader, type CatalogHeader } from '../../domain/catalog/catalogHeader.ts';
import { updateVersion } from '../../storage/repositories/catalog.repository.ts';
import { editableVersion } from './editableVersion.ts';

/**
 * Change the header (标题, 责任单位, 填表时间) of a draft or returned version (填表人 of that agency);
 * audited with the changed fields before and after. Saving the same header again records nothing.
 */
export async function updateCatalogHeader(ctx: AppContext, input: { versionId: string; header: Record<string, unknown> }): Promise<CatalogHeader> {
  return inTransaction(ctx, async (tx) => {
    const version = await editableVersion(tx, input.versionId);
    const header = readCatalogHeader(input.header, tx.clock.today());
    const before = headerOf(version);
    const changed = changedHeaderFields(before, header);
    if (!changed.length) return header;
    await updateVersion(tx.db, version.id, {
      title: header.title,
      responsible_unit: header.responsibleUnit,
      prepared_on: header.preparedOn,
    });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'catalog.header_updated',
      entityType: 'catalog_version',
      entityId: version.id,
      agencyId: version.agencyId,
      summary: `修改目录第${version.number}版表头`,
      before: Object.fromEntries(changed.map((field) => [field, before[field]])),
      after: Object.fromEntries(changed.map((field) => [field, header[field]])),
    });
    return header;
  });
}
