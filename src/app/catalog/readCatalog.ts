import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import type { CatalogView, VersionMeta } from '../../domain/catalog/version.ts';
import { findVersion, findVersionByStatus, listItems, listVersions } from '../../storage/repositories/catalog.repository.ts';

/** Reads for pages and exports. Public callers must pass the result through a public presenter. */
export async function getPublishedCatalog(db: Kysely<Database>, agencyId: string): Promise<CatalogView | null> {
  const version = await findVersionByStatus(db, agencyId, ['published']);
  return version ? { version, items: await listItems(db, version.id) } : null;
}

export async function getCatalogVersion(db: Kysely<Database>, versionId: string): Promise<CatalogView | null> {
  const version = await findVersion(db, versionId);
  return version ? { version, items: await listItems(db, version.id) } : null;
}

export async function listCatalogVersions(db: Kysely<Database>, agencyId: string): Promise<VersionMeta[]> {
  return listVersions(db, agencyId);
}

/** The version being worked on (draft, returned, or in review), if any. */
export async function getOpenVersion(db: Kysely<Database>, agencyId: string): Promise<VersionMeta | null> {
  return (await findVersionByStatus(db, agencyId, ['draft', 'returned', 'submitted', 'reviewed'])) ?? null;
}

/** Only the header of the published version (one small query), e.g. to key a cache by its immutable id. */
export async function getPublishedVersionMeta(db: Kysely<Database>, agencyId: string): Promise<VersionMeta | null> {
  return (await findVersionByStatus(db, agencyId, ['published'])) ?? null;
}
