import { randomBytes } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { AuditEventTable, Database } from '../schema.ts';

let lastMillis = 0;
let counter = 0;

/**
 * Audit ids sort in insertion order: real milliseconds, a per-process counter,
 * then randomness (so two processes never collide). Events with the same `at`
 * (a fixed test clock, a fast transaction) keep the order they were written in.
 */
function sortableId(): string {
  const millis = Date.now();
  counter = millis === lastMillis ? counter + 1 : 0;
  lastMillis = millis;
  return `${millis.toString(36).padStart(9, '0')}${counter.toString(36).padStart(4, '0')}${randomBytes(5).toString('hex')}`;
}

export async function insertAuditEvent(db: Kysely<Database>, event: Omit<Insertable<AuditEventTable>, 'id'>): Promise<void> {
  await db.insertInto('audit_events').values({ id: sortableId(), ...event }).execute();
}

/** Rows per INSERT: 11 columns stay far below SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const AUDIT_BATCH = 500;

/** Many events, one INSERT per batch, ids in the order given (a recomputation of many deadlines, bulk loads). */
export async function insertAuditEvents(db: Kysely<Database>, events: readonly Omit<Insertable<AuditEventTable>, 'id'>[]): Promise<void> {
  for (let i = 0; i < events.length; i += AUDIT_BATCH) {
    await db.insertInto('audit_events').values(events.slice(i, i + AUDIT_BATCH).map((event) => ({ id: sortableId(), ...event }))).execute();
  }
}

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

export interface AuditEventFilter {
  /** Only these agencies' events (undefined: all, with the system's own). */
  agencyIds?: readonly string[];
  action?: string;
  actorName?: string;
  /** Instants: from inclusive, until exclusive. */
  fromAt?: string;
  untilAt?: string;
}

function filtered(db: Kysely<Database>, filter: AuditEventFilter) {
  let base = db.selectFrom('audit_events');
  if (filter.agencyIds) base = base.where('agency_id', 'in', filter.agencyIds.length ? [...filter.agencyIds] : ['']);
  if (filter.action) base = base.where('action', '=', filter.action);
  if (filter.actorName) base = base.where('actor_name', '=', filter.actorName);
  if (filter.fromAt) base = base.where('at', '>=', filter.fromAt);
  if (filter.untilAt) base = base.where('at', '<', filter.untilAt);
  return base;
}

/** The names of the people (and jobs) that appear in the events the filter allows, for the page's 操作人 choice. */
export async function listAuditActorNames(db: Kysely<Database>, filter: Pick<AuditEventFilter, 'agencyIds'>): Promise<string[]> {
  const rows = await filtered(db, filter).select('actor_name').distinct().orderBy('actor_name').execute();
  return rows.map((row) => row.actor_name);
}

/** Newest first; `agencyIds` limits to those agencies (undefined: all). */
export async function queryAuditEvents(
  db: Kysely<Database>,
  filter: AuditEventFilter & { limit: number; offset: number },
): Promise<{ events: AuditEventRecord[]; total: number }> {
  const base = filtered(db, filter);
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
