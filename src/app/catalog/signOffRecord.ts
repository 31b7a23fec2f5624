import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import { foldSignOffNotes, type OnePersonException, type VersionSignOffNotes } from '../../domain/catalog/signOffNotes.ts';
import { latestAgencyEvent, listVersionSteps } from '../../storage/repositories/signOffRecord.repository.ts';

/**
 * Reads of the sign-off record kept in audit events (docs/adr/0010): the one-person exception in
 * force for an agency, and each version's submission reason and exception notes for its pages.
 * The switch's own events are `agency.sign_off_exception_changed`; the latest one is the state.
 */
export const EXCEPTION_EVENT = 'agency.sign_off_exception_changed';

const STEP_ACTIONS = ['catalog.submitted', 'catalog.review_passed', 'catalog.returned', 'catalog.published'] as const;

/** The exception in force for the agency, or null (the strict rule). */
export async function getOnePersonException(db: Kysely<Database>, agencyId: string): Promise<OnePersonException | null> {
  const latest = await latestAgencyEvent(db, agencyId, EXCEPTION_EVENT);
  const after = (latest?.after ?? {}) as { enabled?: unknown; reason?: unknown };
  if (!latest || after.enabled !== true || typeof after.reason !== 'string') return null;
  return { reason: after.reason, enabledBy: latest.actorName, enabledAt: latest.at };
}

/** The notes of one version (empty when it has none). */
export async function getVersionSignOffNotes(db: Kysely<Database>, agencyId: string, versionId: string): Promise<VersionSignOffNotes> {
  const steps = await listVersionSteps(db, { agencyId, versionId, actions: STEP_ACTIONS });
  return foldSignOffNotes(steps).get(versionId) ?? { submission: null, exceptionNotes: [] };
}

/** The notes of every version of an agency, by version id, for the version history. */
export async function listVersionSignOffNotes(db: Kysely<Database>, agencyId: string): Promise<Map<string, VersionSignOffNotes>> {
  return foldSignOffNotes(await listVersionSteps(db, { agencyId, actions: STEP_ACTIONS }));
}
