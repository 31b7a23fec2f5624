import type { Kysely } from 'kysely';
import type { CatalogItem } from '../../domain/catalog/catalog.ts';
import { findReverts, revertWarnings, type NumberedItems, type RevertedItem } from '../../domain/catalog/revertCheck.ts';
import type { StoredCatalogItem, VersionMeta, CatalogView } from '../../domain/catalog/version.ts';
import { diffCatalogItems, type VersionDiff } from '../../domain/catalog/versionDiff.ts';
import type { VersionStatus } from '../../domain/catalog/workflow.ts';
import { listItems, listVersions } from '../../storage/repositories/catalog.repository.ts';
import type { Database } from '../../storage/schema.ts';

/** Versions that were signed off (the public saw them): the history an item's content is traced through. */
const SIGNED: readonly VersionStatus[] = ['published', 'superseded'];

/** How many signed versions back the revert check looks (each is one read of its items). */
export const REVERT_HISTORY_DEPTH = 10;

export interface VersionChanges {
  /** The version compared against. */
  base: VersionMeta;
  baseItems: StoredCatalogItem[];
  diff: VersionDiff<StoredCatalogItem>;
}

/**
 * The version a version is read against: for a signed version, the signed version it replaced;
 * for one in progress, the published version (or the one it was based on).
 */
function baseOf(version: VersionMeta, versions: readonly VersionMeta[]): VersionMeta | null {
  const earlierSigned = versions.filter((other) => SIGNED.includes(other.status) && other.number < version.number);
  if (SIGNED.includes(version.status)) return earlierSigned[0] ?? null;
  return versions.find((other) => other.status === 'published') ?? versions.find((other) => other.id === version.basedOnId) ?? earlierSigned[0] ?? null;
}

/** Stored items with their permanent key (migration 0014) where the matcher looks for it. */
const keyed = <T extends StoredCatalogItem>(items: readonly T[]): (T & { key: string })[] => items.map((item) => ({ ...item, key: item.itemKey }));

/** What changed in a version against the one before it («与上一版相比»), or null for a first version. */
export async function getVersionChanges(db: Kysely<Database>, view: CatalogView): Promise<VersionChanges | null> {
  const versions = await listVersions(db, view.version.agencyId);
  const base = baseOf(view.version, versions);
  if (!base) return null;
  const baseItems = await listItems(db, base.id);
  return { base, baseItems, diff: diffCatalogItems(keyed(baseItems), keyed(view.items)) };
}

export interface ImportDifferences {
  /** The agency's current version: the published one, else the one in progress. */
  current: VersionMeta;
  currentItems: StoredCatalogItem[];
  diff: VersionDiff<StoredCatalogItem, CatalogItem>;
  reverted: RevertedItem[];
  /** One Chinese sentence per pair of versions, naming the items the import would revert. */
  warnings: string[];
}

/** The signed versions before `current`, oldest first, at most REVERT_HISTORY_DEPTH of them, with their items. */
async function signedHistory(db: Kysely<Database>, versions: readonly VersionMeta[], current: VersionMeta): Promise<NumberedItems[]> {
  const earlier = versions.filter((other) => SIGNED.includes(other.status) && other.number < current.number).slice(0, REVERT_HISTORY_DEPTH);
  const history = await Promise.all(earlier.map(async (version) => ({ number: version.number, items: await listItems(db, version.id) })));
  return history.reverse();
}

/** An uploaded catalog against the agency's current version, with the items it would set back to an older version's content. */
export async function compareImportWithCurrent(db: Kysely<Database>, agencyId: string, items: readonly CatalogItem[]): Promise<ImportDifferences | null> {
  const versions = await listVersions(db, agencyId);
  const current = versions.find((version) => version.status === 'published') ?? versions.find((version) => !SIGNED.includes(version.status));
  if (!current) return null;
  const currentItems = await listItems(db, current.id);
  const diff = diffCatalogItems(currentItems, items);
  const reverted = findReverts(diff, { number: current.number, items: currentItems }, await signedHistory(db, versions, current));
  return { current, currentItems, diff, reverted, warnings: revertWarnings(reverted) };
}
