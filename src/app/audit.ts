import type { Kysely } from 'kysely';
import type { Actor } from '../domain/accounts/roles.ts';
import type { Clock } from '../domain/shared/clock.ts';
import type { Database } from '../storage/schema.ts';
import { insertAuditEvent } from '../storage/repositories/audit.repository.ts';

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
}

export function databaseAuditLog(clock: Clock): AuditLog {
  return {
    async record(db, actor, event) {
      await insertAuditEvent(db, {
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
    },
  };
}
