import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import type { CatalogView, StoredCatalogItem } from '../../domain/catalog/version.ts';
import type { ItemNames } from '../../domain/catalog/itemKeys.ts';
import { listVersions } from '../../storage/repositories/catalog.repository.ts';
import { itemKeyOfRow, namesOfItemKey } from '../../storage/repositories/itemKey.repository.ts';
import { getPublishedCatalog } from './readCatalog.ts';

/**
 * Issue 12 (stable items): what a public item address (`/agencies/:agencyId/items/:ref`) names. `ref` is the item's
 * permanent key (the address the portal links to) or, for addresses handed out before, the row id of the item in
 * some version; such an address moves to the key's address while the item is in the published catalog.
 */
export type PublishedItemLookup =
  | { kind: 'found'; catalog: CatalogView; item: StoredCatalogItem; formerNames: ItemNames[] }
  | { kind: 'moved'; itemKey: string }
  | { kind: 'removed'; removedInVersion: number }
  | { kind: 'unknown' };

export async function findPublishedItem(db: Kysely<Database>, agencyId: string, ref: string): Promise<PublishedItemLookup> {
  const catalog = await getPublishedCatalog(db, agencyId);
  const byKey = catalog?.items.find((item) => item.itemKey === ref);
  if (catalog && byKey) return { kind: 'found', catalog, item: byKey, formerNames: await formerNamesOf(db, agencyId, catalog, byKey) };
  const itemKey = catalog?.items.find((item) => item.id === ref)?.itemKey ?? (await itemKeyOfRow(db, agencyId, ref)) ?? ref;
  if (catalog?.items.some((item) => item.itemKey === itemKey)) return { kind: 'moved', itemKey };
  const history = await namesOfItemKey(db, agencyId, itemKey);
  if (!history.length) return { kind: 'unknown' };
  return { kind: 'removed', removedInVersion: await versionAfter(db, agencyId, history[0]!.versionNumber) };
}

/**
 * The names the item had in earlier published versions, so documents filed under an old name stay listed under the
 * renamed item — except a name that another item of the published catalog now carries (those documents are its).
 */
async function formerNamesOf(db: Kysely<Database>, agencyId: string, catalog: CatalogView, item: StoredCatalogItem): Promise<ItemNames[]> {
  const nameOf = (names: ItemNames) => `${names.level1}\u0000${names.level2 ?? ''}`;
  const heldByOthers = new Set(catalog.items.filter((other) => other.itemKey !== item.itemKey).map(nameOf));
  const former = new Map<string, ItemNames>();
  for (const names of await namesOfItemKey(db, agencyId, item.itemKey)) {
    const name = nameOf(names);
    if (name !== nameOf(item) && !heldByOthers.has(name)) former.set(name, { level1: names.level1, level2: names.level2 });
  }
  return [...former.values()];
}

/** The first published version after the last one that still had the item: the version that removed it. */
async function versionAfter(db: Kysely<Database>, agencyId: string, lastWithItem: number): Promise<number> {
  const later = (await listVersions(db, agencyId))
    .filter((version) => (version.status === 'published' || version.status === 'superseded') && version.number > lastWithItem)
    .map((version) => version.number);
  return later.length ? Math.min(...later) : lastWithItem + 1;
}
