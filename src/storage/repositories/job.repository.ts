import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { JobTable } from '../tables/operations.ts';

export interface StoredJob {
  name: string;
  intervalMs: number;
  nextRunAt: string;
  lockedBy: string | null;
  lockedUntil: string | null;
  lastRunAt: string | null;
  lastError: string | null;
  runCount: number;
}

function toJob(row: Selectable<JobTable>): StoredJob {
  return {
    name: row.name, intervalMs: Number(row.interval_ms), nextRunAt: row.next_run_at, lockedBy: row.locked_by,
    lockedUntil: row.locked_until, lastRunAt: row.last_run_at, lastError: row.last_error, runCount: Number(row.run_count),
  };
}

/** Add the job's row if no process has yet (first run due at `firstRunAt`); keeps an existing row, updating its interval. */
export async function ensureJob(db: Kysely<Database>, name: string, intervalMs: number, firstRunAt: string): Promise<void> {
  await db
    .insertInto('jobs')
    .values({ name, interval_ms: intervalMs, next_run_at: firstRunAt, locked_by: null, locked_until: null, last_run_at: null, last_error: null, run_count: 0 })
    .onConflict((c) => c.column('name').doUpdateSet({ interval_ms: intervalMs }))
    .execute();
}

export async function listJobs(db: Kysely<Database>): Promise<StoredJob[]> {
  return (await db.selectFrom('jobs').selectAll().orderBy('name').execute()).map(toJob);
}

export async function findJob(db: Kysely<Database>, name: string): Promise<StoredJob | null> {
  const row = await db.selectFrom('jobs').selectAll().where('name', '=', name).executeTakeFirst();
  return row ? toJob(row) : null;
}

/**
 * Take the lease of one job in one atomic UPDATE … RETURNING (the same statement on both engines:
 * PostgreSQL re-checks the WHERE on the row a concurrent winner committed; SQLite has one writer).
 * Instants are ISO strings of equal length, so text order is time order. `dueOnly: false` runs it now.
 */
export async function claimJob(
  db: Kysely<Database>,
  claim: { name: string; owner: string; now: string; leaseUntil: string; dueOnly: boolean },
): Promise<boolean> {
  let query = db
    .updateTable('jobs')
    .set({ locked_by: claim.owner, locked_until: claim.leaseUntil })
    .where('name', '=', claim.name)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', claim.now)]));
  if (claim.dueOnly) query = query.where('next_run_at', '<=', claim.now);
  const row = await query.returning('name').executeTakeFirst();
  return row !== undefined;
}

/** Release the lease after a run (only if still held by `owner`) and schedule the next run. */
export async function finishJob(
  db: Kysely<Database>,
  finish: { name: string; owner: string; ranAt: string; nextRunAt: string; error: string | null },
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      locked_by: null, locked_until: null, last_run_at: finish.ranAt, next_run_at: finish.nextRunAt, last_error: finish.error,
      run_count: sql<number>`run_count + 1`,
    })
    .where('name', '=', finish.name)
    .where('locked_by', '=', finish.owner)
    .execute();
}

/** Names of the jobs due at `now` whose lease is free. */
export async function listDueJobNames(db: Kysely<Database>, now: string): Promise<string[]> {
  const rows = await db
    .selectFrom('jobs')
    .select('name')
    .where('next_run_at', '<=', now)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .orderBy('next_run_at')
    .execute();
  return rows.map((r) => r.name);
}
