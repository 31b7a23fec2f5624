import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { VersionStepRecord } from '../../domain/catalog/signOffNotes.ts';

/**
 * Facts of the sign-off record kept in audit events (no table of their own yet): the workflow
 * steps of catalog versions and the latest change of an agency's one-person exception.
 */

const parse = (json: string | null): unknown => (json ? JSON.parse(json) : null);

/** The workflow events of an agency's versions (or of one version), oldest first. */
export async function listVersionSteps(db: Kysely<Database>, filter: { agencyId: string; versionId?: string; actions: readonly string[] }): Promise<VersionStepRecord[]> {
  let query = db
    .selectFrom('audit_events')
    .select(['entity_id', 'action', 'actor_name', 'at', 'after_json'])
    .where('agency_id', '=', filter.agencyId)
    .where('entity_type', '=', 'catalog_version')
    .where('action', 'in', [...filter.actions]);
  if (filter.versionId) query = query.where('entity_id', '=', filter.versionId);
  const rows = await query.orderBy('at').orderBy('id').execute();
  return rows.map((row) => ({ versionId: row.entity_id ?? '', action: row.action, actorName: row.actor_name, at: row.at, after: parse(row.after_json) }));
}

/** The newest audit event of `action` about the agency itself, with its actor and after JSON. */
export async function latestAgencyEvent(db: Kysely<Database>, agencyId: string, action: string): Promise<{ at: string; actorName: string; after: unknown } | null> {
  const row = await db
    .selectFrom('audit_events')
    .select(['at', 'actor_name', 'after_json'])
    .where('agency_id', '=', agencyId)
    .where('entity_type', '=', 'agency')
    .where('action', '=', action)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { at: row.at, actorName: row.actor_name, after: parse(row.after_json) } : null;
}
