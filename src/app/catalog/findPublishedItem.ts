import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import type { CatalogView, StoredCatalogItem } from '../../domain/catalog/version.ts';
import { filedNameKey, type ItemNames } from '../../domain/catalog/itemKeys.ts';
import { listVersions } from '../../storage/repositories/catalog.repository.ts';
import { itemKeyOfRow, publishedItemNames } from '../../storage/repositories/itemKey.repository.ts';
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
  if (catalog && byKey) return { kind: 'found', catalog, item: byKey, formerNames: (await formerNamesOfItems(db, catalog, byKey.itemKey)).get(byKey.itemKey) ?? [] };
  const itemKey = catalog?.items.find((item) => item.id === ref)?.itemKey ?? (await itemKeyOfRow(db, agencyId, ref)) ?? ref;
  if (catalog?.items.some((item) => item.itemKey === itemKey)) return { kind: 'moved', itemKey };
  const history = await publishedItemNames(db, agencyId, itemKey);
  if (!history.length) return { kind: 'unknown' };
  return { kind: 'removed', removedInVersion: await versionAfter(db, agencyId, history[0]!.versionNumber) };
}

/**
 * The names each item of the published catalog (or only the one with `onlyKey`) had in earlier published versions, so
 * documents filed under an old name stay listed under the renamed item — except a name another item of the published
 * catalog now carries (those documents are that item's).
 */
export async function formerNamesOfItems(db: Kysely<Database>, catalog: CatalogView, onlyKey?: string): Promise<Map<string, ItemNames[]>> {
  const currentName = new Map(catalog.items.map((item) => [item.itemKey, filedNameKey(item)]));
  const heldNow = new Set(currentName.values());
  const former = new Map<string, Map<string, ItemNames>>();
  for (const names of await publishedItemNames(db, catalog.version.agencyId, onlyKey)) {
    const name = filedNameKey(names);
    if (!currentName.has(names.itemKey) || heldNow.has(name)) continue;
    const known = former.get(names.itemKey) ?? new Map<string, ItemNames>();
    former.set(names.itemKey, known.set(name, { level1: names.level1, level2: names.level2 }));
  }
  return new Map([...former].map(([key, names]) => [key, [...names.values()]]));
}

/** The first published version after the last one that still had the item: the version that removed it. */
async function versionAfter(db: Kysely<Database>, agencyId: string, lastWithItem: number): Promise<number> {
  const later = (await listVersions(db, agencyId))
    .filter((version) => (version.status === 'published' || version.status === 'superseded') && version.number > lastWithItem)
    .map((version) => version.number);
  return later.length ? Math.min(...later) : lastWithItem + 1;
}
