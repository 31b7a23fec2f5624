import type { Kysely } from 'kysely';
import type { StoredApplication } from '../../domain/applications/stored.ts';
import type { OutcomeKey } from '../../domain/applications/vocabulary.ts';
import type { Database } from '../schema.ts';
import { toStoredApplication } from './application.repository.ts';

/**
 * Closed applications of one agency answered with one of `outcomes` and not yet turned into a
 * draft document (条例第四十四条), newest answer first.
 */
export async function listUnsuggestedAnswered(db: Kysely<Database>, agencyId: string, outcomes: readonly OutcomeKey[], limit: number): Promise<StoredApplication[]> {
  const rows = await db
    .selectFrom('applications')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('status', '=', 'closed')
    .where('outcome', 'in', outcomes.length ? outcomes : ['-'])
    .where('proactive_suggestion', 'is', null)
    .orderBy('closed_on', 'desc')
    .orderBy('tracking_no', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toStoredApplication);
}
