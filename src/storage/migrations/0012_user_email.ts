import type { Kysely } from 'kysely';
import type { EngineName } from '../dialect/engine.ts';

/**
 * Issue 11 (the officer's work queue): each account may have an e-mail address, so the weekly summary of
 * that person's queue (app/supervision/queueWeeklySummaries.ts) goes to them and not only to the office mailbox.
 * Nullable: accounts without one simply get no summary.
 */
export async function up(db: Kysely<any>, _engine: EngineName): Promise<void> {
  await db.schema.alterTable('users').addColumn('email', 'text').execute();
}
