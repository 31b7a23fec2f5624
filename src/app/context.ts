import type { Kysely } from 'kysely';
import type { Actor } from '../domain/accounts/roles.ts';
import type { Clock } from '../domain/shared/clock.ts';
import type { Database } from '../storage/schema.ts';
import type { AuditLog } from './audit.ts';

/** An open database of either engine (storage/dialect/engine.ts); web and cli hold it by this name. */
export type { Engine } from '../storage/database.ts';

/** The database handle use cases take; web and cli name it by this type and never import src/storage. */
export type AppDatabase = Kysely<Database>;

/**
 * What every use case gets: who acts, the database, the clock and the audit log.
 * Use cases take nothing from globals, so tests pass a fixed clock and any actor.
 */
export interface AppContext {
  actor: Actor;
  db: AppDatabase;
  clock: Clock;
  audit: AuditLog;
}

/** Run `work` in one transaction; the transaction replaces `db` in the context it receives. */
export async function inTransaction<T>(ctx: AppContext, work: (tx: AppContext) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx);
  return ctx.db.transaction().execute((trx) => work({ ...ctx, db: trx }));
}
