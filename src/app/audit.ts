import type { Kysely } from 'kysely';
import type { Actor } from '../domain/accounts/roles.ts';
import type { Clock } from '../domain/shared/clock.ts';
import type { Database } from '../storage/schema.ts';
import { insertAuditEvent, insertAuditEvents } from '../storage/repositories/audit.repository.ts';

/** A state change, named `<aggregate>.<verb>` (catalog.item_updated, user.created …). */
export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string | null;
  agencyId?: string | null;
  summary: string;
  before?: unknown;
  after?: unknown;
}

/** Writes audit events through the caller's executor, so they commit or roll back with the change. */
export interface AuditLog {
  record(db: Kysely<Database>, actor: Actor, event: AuditInput): Promise<void>;
  /** Many events of one change at once (e.g. every deadline a calendar edit moved), in this order. */
  recordMany?(db: Kysely<Database>, actor: Actor, events: readonly AuditInput[]): Promise<void>;
}

/** Record `events` in order: in batches where the log can, else one by one. */
export async function recordAll(log: AuditLog, db: Kysely<Database>, actor: Actor, events: readonly AuditInput[]): Promise<void> {
  if (log.recordMany) return log.recordMany(db, actor, events);
  for (const event of events) await log.record(db, actor, event);
}

export function databaseAuditLog(clock: Clock): AuditLog {
  const row = (actor: Actor, event: AuditInput) => ({
    at: clock.now(),
    actor_id: actor.id,
    actor_name: actor.name,
    action: event.action,
    entity_type: event.entityType,
    entity_id: event.entityId,
    agency_id: event.agencyId ?? null,
    summary: event.summary,
    before_json: event.before === undefined ? null : JSON.stringify(event.before),
    after_json: event.after === undefined ? null : JSON.stringify(event.after),
  });
  return {
    async record(db, actor, event) {
      await insertAuditEvent(db, row(actor, event));
    },
    async recordMany(db, actor, events) {
      await insertAuditEvents(db, events.map((event) => row(actor, event)));
    },
  };
}
