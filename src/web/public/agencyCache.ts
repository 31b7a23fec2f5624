import type { AppDatabase } from '../../app/context.ts';
import { getAgency, type AgencyView } from '../../app/agencies/getAgency.ts';

const TTL_MS = 60_000;
const MAX_ENTRIES = 2_000;
const cache = new Map<string, { view: AgencyView | null; until: number }>();

/**
 * An agency's name and region path for public pages, kept for a minute per
 * process. Agencies are registered once and never renamed or moved by any
 * feature, so a minute of staleness cannot show wrong data; it saves a round
 * trip on every public page when the database is PostgreSQL.
 */
export async function publicAgency(db: AppDatabase, agencyId: string, now = Date.now()): Promise<AgencyView | null> {
  const hit = cache.get(agencyId);
  if (hit && hit.until > now) return hit.view;
  const view = await getAgency(db, agencyId);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  // Unknown ids are not remembered: an agency added a moment ago must appear at once.
  if (view) cache.set(agencyId, { view, until: now + TTL_MS });
  return view;
}
