import type { Kysely, Selectable } from 'kysely';
import type { CatalogDocument } from '../../domain/catalog/catalog.ts';
import type { ImportPreviewTable } from '../tables/importPreviews.ts';
import type { Database } from '../schema.ts';

/** What the reader said about the file (the importers' ImportFinding shape, kept as plain JSON). */
export interface StoredImportFinding {
  severity: 'error' | 'warning' | 'info';
  message: string;
  row?: number;
}

export interface StoredImportPreview {
  id: string;
  agencyId: string;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
  fileName: string;
  format: string;
  catalog: CatalogDocument;
  findings: StoredImportFinding[];
}

function toPreview(row: Selectable<ImportPreviewTable>): StoredImportPreview {
  return {
    id: row.id,
    agencyId: row.agency_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    fileName: row.file_name,
    format: row.format,
    catalog: JSON.parse(row.catalog_json) as CatalogDocument,
    findings: JSON.parse(row.findings_json) as StoredImportFinding[],
  };
}

export async function insertImportPreview(db: Kysely<Database>, preview: StoredImportPreview): Promise<void> {
  await db
    .insertInto('import_previews')
    .values({
      id: preview.id,
      agency_id: preview.agencyId,
      created_by: preview.createdBy,
      created_at: preview.createdAt,
      expires_at: preview.expiresAt,
      file_name: preview.fileName,
      format: preview.format,
      catalog_json: JSON.stringify(preview.catalog),
      findings_json: JSON.stringify(preview.findings),
    })
    .execute();
}

/** The preview if it exists and has not expired at `now`. */
export async function findImportPreview(db: Kysely<Database>, id: string, now: string): Promise<StoredImportPreview | null> {
  const row = await db.selectFrom('import_previews').selectAll().where('id', '=', id).where('expires_at', '>', now).executeTakeFirst();
  return row ? toPreview(row) : null;
}

export async function deleteImportPreview(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('import_previews').where('id', '=', id).execute();
}

/** Drop every preview that expired at or before `now`; returns how many. */
export async function purgeExpiredImportPreviews(db: Kysely<Database>, now: string): Promise<number> {
  const result = await db.deleteFrom('import_previews').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows ?? 0);
}
