import type { Kysely } from 'kysely';
import type { EngineName } from '../dialect/engine.ts';

/**
 * jobs: the scheduled work every `gongkai serve` process shares (docs/adr/0008-backup-archive.md has the
 * archive; this is the runner). A process claims a due job by one atomic UPDATE that sets
 * locked_by/locked_until (a lease), so only one process runs it; a crashed holder's lease expires.
 * reminders: 公开时限 about to pass (3 working days) or passed without publication, one per deadline and kind.
 */
export async function up(db: Kysely<any>, _engine: EngineName): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('interval_ms', 'integer', (c) => c.notNull())
    .addColumn('next_run_at', 'text', (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('last_run_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('run_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('reminders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('deadline_id', 'text', (c) => c.notNull().references('deadlines.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('reminders_deadline_kind', ['deadline_id', 'kind'])
    .execute();
  await db.schema.createIndex('reminders_agency').on('reminders').columns(['agency_id', 'due_date']).execute();
}
