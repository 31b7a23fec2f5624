import type { Kysely } from 'kysely';
import type { EngineName } from '../dialect/engine.ts';

/**
 * Issue 12 (faithful catalogs): a version keeps the source table's columns, its summary line and the lines above the
 * table as written; an item keeps its 序号 and its channels' labels as written (domain/catalog/catalog.ts). All
 * nullable: a catalog in the national form's columns, or one loaded before this migration, has none of them.
 */
export async function up(db: Kysely<any>, _engine: EngineName): Promise<void> {
  await db.schema.alterTable('catalog_versions').addColumn('columns_json', 'text').execute();
  await db.schema.alterTable('catalog_versions').addColumn('declared_text', 'text').execute();
  await db.schema.alterTable('catalog_versions').addColumn('header_lines_json', 'text').execute();
  await db.schema.alterTable('catalog_items').addColumn('seq_label', 'text').execute();
  await db.schema.alterTable('catalog_items').addColumn('channel_labels_json', 'text').execute();
}
