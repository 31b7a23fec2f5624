import type { Kysely } from 'kysely';
import type { EngineName } from '../dialect/engine.ts';

/**
 * import_previews: a catalog file parsed in the back office, kept on the server
 * between 预览 and 保存为新草稿 so the user does not upload it again and cannot
 * alter the parsed table on the way (never a hidden form field). Each row
 * belongs to the agency and the user who uploaded it and expires after a while.
 */
export async function up(db: Kysely<any>, _engine: EngineName): Promise<void> {
  await db.schema
    .createTable('import_previews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('catalog_json', 'text', (c) => c.notNull())
    .addColumn('findings_json', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('import_previews_expires_at').on('import_previews').column('expires_at').execute();
}
