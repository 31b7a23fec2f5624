import type { Kysely } from 'kysely';
import type { EngineName } from '../dialect/engine.ts';
import { matchItemKeys, type KeyedItemNames } from '../../domain/catalog/itemKeys.ts';
import { newItemKey } from '../repositories/itemKey.repository.ts';

/**
 * Issue 12 (stable items): every catalog item gets a permanent key, `catalog_items.item_key`, carried from version to
 * version, so an item's public URL, feed and filed documents survive a new version (domain/catalog/itemKeys.ts).
 * Nullable in the DDL only so the column can be added to existing rows; the backfill below fills every row and the
 * application always writes one.
 */
export async function up(db: Kysely<any>, _engine: EngineName): Promise<void> {
  await db.schema.alterTable('catalog_items').addColumn('item_key', 'text').execute();
  await backfillItemKeys(db);
  await db.schema.createIndex('catalog_items_key').on('catalog_items').columns(['item_key', 'version_id']).execute();
}

/**
 * For each agency, its versions oldest first: each item takes the key of the matching item of the version before
 * (same 一级事项 and 二级事项, else same 二级事项 alone, each key used once), or a new key. Rows that already
 * have a key keep it, so running it twice changes nothing.
 */
export async function backfillItemKeys(db: Kysely<any>): Promise<void> {
  const versions: { id: string; agency_id: string }[] = await db
    .selectFrom('catalog_versions').select(['id', 'agency_id']).orderBy('agency_id').orderBy('number').execute();
  let previous: KeyedItemNames[] = [];
  let agencyId: string | null = null;
  for (const version of versions) {
    if (version.agency_id !== agencyId) [agencyId, previous] = [version.agency_id, []];
    previous = await keyVersion(db, version.id, previous);
  }
}

async function keyVersion(db: Kysely<any>, versionId: string, previous: readonly KeyedItemNames[]): Promise<KeyedItemNames[]> {
  const rows: { id: string; level1: string; level2: string | null; item_key: string | null }[] = await db
    .selectFrom('catalog_items').select(['id', 'level1', 'level2', 'item_key']).where('version_id', '=', versionId).orderBy('position').execute();
  const matched = matchItemKeys(previous, rows, newItemKey);
  const keyed: KeyedItemNames[] = [];
  for (const [index, row] of rows.entries()) {
    const key = row.item_key ?? matched[index]!;
    if (row.item_key === null) await db.updateTable('catalog_items').set({ item_key: key }).where('id', '=', row.id).execute();
    keyed.push({ key, level1: row.level1, level2: row.level2 });
  }
  return keyed;
}
