import type { Kysely } from 'kysely';
import type { VersionMeta } from '../../domain/catalog/version.ts';
import { listItems } from '../../storage/repositories/catalog.repository.ts';
import type { Database } from '../../storage/schema.ts';
import { lintStoredCatalog } from './catalogLint.ts';

/** How many published versions' counts are kept; the oldest entry goes first when full. */
const KEPT_COUNTS = 20_000;
const publishedCounts = new Map<string, number>();

function remember(key: string, errors: number): void {
  if (publishedCounts.size >= KEPT_COUNTS) publishedCounts.delete(publishedCounts.keys().next().value!);
  publishedCounts.set(key, errors);
}

async function countErrors(db: Kysely<Database>, version: VersionMeta, agencyName: string): Promise<number> {
  return lintStoredCatalog({ version, items: await listItems(db, version.id) }, agencyName).filter((f) => f.severity === 'error').length;
}

/**
 * The lint errors of a catalog version, as the version page counts them (catalogLint.ts).
 * A published version never changes — only draft and returned versions are editable (app/catalog/editableVersion.ts),
 * a new edition is a new version — so its count is kept per version and agency name (the name fills a missing
 * 责任单位) and a work queue over a thousand agencies lints each published catalog once per process, not on
 * every visit. Versions being worked on are linted on every call.
 */
export async function lintErrorCount(db: Kysely<Database>, version: VersionMeta, agencyName: string): Promise<number> {
  if (version.status !== 'published') return countErrors(db, version, agencyName);
  const key = `${version.id}\u0000${agencyName}`;
  const kept = publishedCounts.get(key);
  if (kept !== undefined) return kept;
  const errors = await countErrors(db, version, agencyName);
  remember(key, errors);
  return errors;
}
