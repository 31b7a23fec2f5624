import type { Kysely } from 'kysely';
import { parseTimeLimit } from '../../domain/calendar/index.ts';
import { lintCatalog } from '../../domain/catalog/lint.ts';
import { toCatalogDocument } from '../../domain/catalog/toDocument.ts';
import type { VersionMeta } from '../../domain/catalog/version.ts';
import { listItems } from '../../storage/repositories/catalog.repository.ts';
import type { Database } from '../../storage/schema.ts';

/** How many published versions' counts are kept; the oldest entry goes first when full. */
const KEPT_COUNTS = 20_000;
const publishedCounts = new Map<string, number>();

function remember(key: string, errors: number): void {
  if (publishedCounts.size >= KEPT_COUNTS) publishedCounts.delete(publishedCounts.keys().next().value!);
  publishedCounts.set(key, errors);
}

async function countErrors(db: Kysely<Database>, version: VersionMeta, agencyName: string): Promise<number> {
  const doc = toCatalogDocument({ version, items: await listItems(db, version.id) }, agencyName);
  const findings = lintCatalog(doc, { parseTimeLimit: (text) => { const parsed = parseTimeLimit(text); return parsed.ok ? parsed.rule : null; } });
  return findings.filter((f) => f.severity === 'error').length;
}

/**
 * The lint errors (domain/catalog/lint.ts, with the 公开时限 parser as on the version page) of a catalog version.
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
