import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { assertCan } from '../../domain/accounts/roles.ts';
import { VERSION_STATUS_LABELS } from '../../domain/catalog/workflow.ts';
import { DomainError, ForbiddenError, NotFoundError } from '../../domain/shared/errors.ts';
import { findVersionByStatus } from '../../storage/repositories/catalog.repository.ts';
import { deleteImportPreview, findImportPreview, type StoredImportPreview } from '../../storage/repositories/importPreview.repository.ts';
import { agencyScope, getAgency } from '../agencies/getAgency.ts';
import { loadCatalog } from './loadCatalog.ts';

export const PREVIEW_GONE = '导入预览不存在或已过期（预览保留 1 小时），请重新上传文件';

/** A preview the actor may see: it exists, has not expired, and was uploaded by this actor. */
export async function getCatalogImportPreview(ctx: AppContext, previewId: string): Promise<StoredImportPreview & { agencyName: string }> {
  const preview = await findImportPreview(ctx.db, previewId, ctx.clock.now());
  if (!preview) throw new NotFoundError(PREVIEW_GONE);
  if (preview.createdBy !== ctx.actor.id) throw new ForbiddenError('这份导入预览不是您上传的');
  assertCan(ctx.actor, 'catalog.edit', await agencyScope(ctx.db, preview.agencyId));
  const agency = await getAgency(ctx.db, preview.agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  return { ...preview, agencyName: agency.name };
}

/** The version the agency is working on, which an import would have to wait for (one open version per agency). */
export async function openVersionBlockingImport(ctx: AppContext, agencyId: string) {
  return findVersionByStatus(ctx.db, agencyId, ['draft', 'returned', 'submitted', 'reviewed']);
}

/**
 * Save a previewed import as a new draft of the agency's catalog (loadCatalog
 * with publish: false, audited as catalog.loaded), in one transaction, and
 * drop the preview. The catalog saved is the one parsed at upload, read back
 * from the server, never from the browser.
 */
export async function confirmCatalogImport(ctx: AppContext, input: { previewId: string }) {
  return inTransaction(ctx, async (tx) => {
    const preview = await getCatalogImportPreview(tx, input.previewId);
    const open = await openVersionBlockingImport(tx, preview.agencyId);
    if (open) {
      throw new DomainError(
        'conflict',
        `${preview.agencyName}已有在办的目录第${open.number}版（${VERSION_STATUS_LABELS[open.status]}），一个单位同时只能有一个在办版本：请先办结该版本再导入`,
      );
    }
    const result = await loadCatalog(tx, preview.catalog, { publish: false, source: preview.fileName });
    await deleteImportPreview(tx.db, preview.id);
    return result;
  });
}
