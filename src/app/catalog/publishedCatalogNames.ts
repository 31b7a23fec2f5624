import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import type { CatalogView, StoredCatalogItem } from '../../domain/catalog/version.ts';
import { filedNameKey, type ItemNames } from '../../domain/catalog/itemKeys.ts';
import { formerNamesOfItems } from './findPublishedItem.ts';
import { getPublishedCatalog } from './readCatalog.ts';

/**
 * Issue 12 (stable items): the published catalog and, per permanent item key, every name documents filed under count
 * for that item — its name now and the names it had in earlier published versions (findPublishedItem.ts). Documents
 * are filed by name; counting them through these names is counting them by key, so a renamed item keeps its documents.
 */
export interface PublishedCatalogNames {
  catalog: CatalogView;
  filedNames: ReadonlyMap<string, readonly ItemNames[]>;
}

/** Null when the agency has no published catalog. Two queries for the catalog, one for the names of all its items. */
export async function publishedCatalogNames(db: Kysely<Database>, agencyId: string): Promise<PublishedCatalogNames | null> {
  const catalog = await getPublishedCatalog(db, agencyId);
  if (!catalog) return null;
  const former = await formerNamesOfItems(db, catalog);
  return { catalog, filedNames: new Map(catalog.items.map((item) => [item.itemKey, [item, ...(former.get(item.itemKey) ?? [])]])) };
}

/**
 * Rows filed by name, gathered per item key: each item gets the rows of all its names, each row once (`identity` tells
 * a row filed under both an old and a new name of the same item).
 */
export function rowsPerItemKey<Row extends { level1: string; level2: string }>(
  names: PublishedCatalogNames, rows: readonly Row[], identity: (row: Row) => string,
): Map<string, Row[]> {
  const byName = new Map<string, Row[]>();
  for (const row of rows) {
    const group = byName.get(filedNameKey(row));
    if (group) group.push(row);
    else byName.set(filedNameKey(row), [row]);
  }
  const byKey = new Map<string, Row[]>();
  for (const [itemKey, itemNames] of names.filedNames) {
    const filed = itemNames.flatMap((name) => byName.get(filedNameKey(name)) ?? []);
    byKey.set(itemKey, [...new Map(filed.map((row) => [identity(row), row])).values()]);
  }
  return byKey;
}

/**
 * The published item a document filed under `filed` belongs to: the one that has that name now or had it in an earlier
 * published version (issue 12); undefined when no item has or had it.
 */
export function itemFiledAs(names: PublishedCatalogNames, filed: { level1: string; level2: string | null }): StoredCatalogItem | undefined {
  const wanted = filedNameKey(filed);
  return names.catalog.items.find((item) => names.filedNames.get(item.itemKey)?.some((name) => filedNameKey(name) === wanted));
}

/**
 * The published item filed as `filed` (its name now or before, issue 12) with every name it has or had, to find it or
 * list its documents when only a name is known (a document's filing, a column of several items, the API's
 * level1/level2 query); null when no published item has or had that name.
 */
export async function publishedItemFiledAs(db: Kysely<Database>, agencyId: string, filed: ItemNames): Promise<{ item: StoredCatalogItem; names: readonly ItemNames[] } | null> {
  const named = await publishedCatalogNames(db, agencyId);
  const item = named && itemFiledAs(named, filed);
  return item ? { item, names: named.filedNames.get(item.itemKey) ?? [] } : null;
}

/**
 * Every name documents filed under the published item `itemKey` count under: its name now and the names it had in
 * earlier published versions (the rule of publishedCatalogNames, read for one item). Null when the agency's published
 * catalog has no item with that key (none published, or the item removed).
 */
export async function filedNamesOfItem(db: Kysely<Database>, agencyId: string, itemKey: string): Promise<ItemNames[] | null> {
  const catalog = await getPublishedCatalog(db, agencyId);
  const item = catalog?.items.find((candidate) => candidate.itemKey === itemKey);
  if (!catalog || !item) return null;
  const former = (await formerNamesOfItems(db, catalog, itemKey)).get(itemKey) ?? [];
  return [{ level1: item.level1, level2: item.level2 }, ...former];
}
