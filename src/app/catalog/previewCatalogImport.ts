import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { assertCan } from '../../domain/accounts/roles.ts';
import type { CatalogDocument } from '../../domain/catalog/catalog.ts';
import { parseCatalogDocument } from '../../domain/catalog/catalogSchema.ts';
import { isDomainError, NotFoundError, ValidationError } from '../../domain/shared/errors.ts';
import { importCatalogFile } from '../../importers/importCatalogFile.ts';
import { insertImportPreview, purgeExpiredImportPreviews, type StoredImportPreview } from '../../storage/repositories/importPreview.repository.ts';
import { agencyScope, getAgency } from '../agencies/getAgency.ts';

/** How long a parsed file waits for 保存为新草稿. */
export const IMPORT_PREVIEW_LIFETIME_MS = 60 * 60 * 1000;

export interface PreviewCatalogImportInput {
  agencyId: string;
  bytes: Uint8Array;
  /** The uploaded file's name, kept as the new version's source. */
  fileName: string;
}

export type CatalogImportPreview = StoredImportPreview & { agencyName: string };

const compact = (text: string) => text.replace(/\s+/g, '');

/** A problem with the uploaded file, reported on the form's file field. */
function fileError(message: string): ValidationError {
  return new ValidationError(message, [{ path: 'file', message }]);
}

/** The parsed catalog, named after the agency page it was uploaded to; a file naming another agency is refused. */
function forAgency(catalog: CatalogDocument, agencyName: string): CatalogDocument {
  const named = compact(catalog.agency ?? '');
  if (named && named !== compact(agencyName)) {
    throw fileError(`文件中的责任单位是「${catalog.agency}」，不是「${agencyName}」：请上传本单位的目录，或到「${catalog.agency}」的页面导入`);
  }
  if (catalog.items.length === 0) throw fileError('文件中没有读到任何目录事项，请检查是否上传了正确的文件');
  try {
    return parseCatalogDocument({ ...catalog, agency: agencyName });
  } catch (error) {
    if (isDomainError(error)) throw fileError(`文件内容不完整，无法作为目录保存：${error.message}`);
    throw error;
  }
}

/**
 * Read an uploaded catalog file (format from its bytes) for an agency, and keep
 * the parsed catalog and the reader's findings server-side until the user
 * saves it (confirmCatalogImport) or it expires. Nothing is added to the
 * catalog here. Bad files throw import.unreadable / import.too_large /
 * import.no_table, or validation.failed on the `file` field.
 */
export async function previewCatalogImport(ctx: AppContext, input: PreviewCatalogImportInput): Promise<CatalogImportPreview> {
  const agency = await getAgency(ctx.db, input.agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  assertCan(ctx.actor, 'catalog.edit', await agencyScope(ctx.db, agency.id));
  if (input.bytes.byteLength === 0) throw fileError('请选择要导入的目录文件（.docx、.xlsx、.pdf 或文本文件）');
  const imported = await importCatalogFile(input.bytes);
  const catalog = forAgency(imported.catalog, agency.name);
  const now = ctx.clock.now();
  const preview: StoredImportPreview = {
    id: randomUUID(),
    agencyId: agency.id,
    createdBy: ctx.actor.id,
    createdAt: now,
    expiresAt: new Date(Date.parse(now) + IMPORT_PREVIEW_LIFETIME_MS).toISOString(),
    fileName: input.fileName.trim() || `目录.${imported.format}`,
    format: imported.format,
    catalog,
    findings: imported.findings.map(({ severity, message, row }) => ({ severity, message, ...(row === undefined ? {} : { row }) })),
  };
  await purgeExpiredImportPreviews(ctx.db, now);
  await insertImportPreview(ctx.db, preview);
  return { ...preview, agencyName: agency.name };
}
