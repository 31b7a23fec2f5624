import type { Kysely } from 'kysely';
import type { EngineName } from '../dialect/engine.ts';

/**
 * outbox (发件箱): notices to applicants and reminders to staff, inserted in the transaction of the state
 * change they report, so a notice exists exactly when that change committed. The deliver-outbox job
 * claims due rows by one atomic UPDATE … RETURNING that sets status `sending` and a lease
 * (`locked_until`, as the jobs table does), sends, then marks them `sent` or schedules the next
 * attempt; the index serves that claim. Attachments are JSON text (storage keys or small inline files).
 */
export async function up(db: Kysely<any>, _engine: EngineName): Promise<void> {
  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.references('agencies.id'))
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('attachments_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('created_by', 'text')
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('outbox_agency').on('outbox').columns(['agency_id', 'created_at']).execute();
  await db.schema.createIndex('outbox_subject').on('outbox').columns(['subject_type', 'subject_id']).execute();
}
