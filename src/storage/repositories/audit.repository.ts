import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface AuditEventRecord {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string | null;
  agencyId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
}

/** Newest first; `agencyIds` limits to those agencies (undefined: all). */
export async function queryAuditEvents(
  db: Kysely<Database>,
  filter: { agencyIds?: readonly string[]; action?: string; limit: number; offset: number },
): Promise<{ events: AuditEventRecord[]; total: number }> {
  let base = db.selectFrom('audit_events');
  if (filter.agencyIds) base = base.where('agency_id', 'in', filter.agencyIds.length ? [...filter.agencyIds] : ['']);
  if (filter.action) base = base.where('action', '=', filter.action);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute(),
    base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst(),
  ]);
  return {
    total: Number(count?.n ?? 0),
    events: rows.map((row) => ({
      id: row.id,
      at: row.at,
      actorId: row.actor_id,
      actorName: row.actor_name,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      agencyId: row.agency_id,
      summary: row.summary,
      before: row.before_json ? JSON.parse(row.before_json) : null,
      after: row.after_json ? JSON.parse(row.after_json) : null,
    })),
  };
}
