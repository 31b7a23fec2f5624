import type { Kysely } from 'kysely';
import type { EngineName } from '../dialect/engine.ts';

/**
 * 依申请公开 (条例第二十七条至第四十五条): the register (`applications`, personal data only in
 * applicant_json/applicant_name), its ledger (`application_events`, applications-contract.md §2–§3),
 * the flood guard of the online form, and the disclosure office's contact details that the
 * 依申请公开 page and the 指南 show (条例第十二条、第二十九条). Deadlines gain `settled_at`: a
 * closed application's answer deadline is kept as judged and no longer moved by calendar edits.
 */
export async function up(db: Kysely<any>, _engine: EngineName): Promise<void> {
  await db.schema
    .createTable('applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('tracking_no', 'text', (c) => c.notNull().unique())
    .addColumn('query_code_hash', 'text', (c) => c.notNull())
    .addColumn('ref', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('applicant_type', 'text', (c) => c.notNull())
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    .addColumn('applicant_json', 'text', (c) => c.notNull())
    .addColumn('request_text', 'text', (c) => c.notNull())
    .addColumn('delivery_form', 'text', (c) => c.notNull())
    .addColumn('delivery_json', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('received_on', 'text')
    .addColumn('received_basis', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('provisional', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('correction_notice_due', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('outcome', 'text')
    .addColumn('handler_id', 'text', (c) => c.references('users.id'))
    .addColumn('dedupe_key', 'text')
    .addColumn('proactive_suggestion', 'text')
    .addColumn('archived_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('applications_agency_status').on('applications').columns(['agency_id', 'status', 'due_on']).execute();
  await db.schema.createIndex('applications_agency_received').on('applications').columns(['agency_id', 'received_on']).execute();
  await db.schema.createIndex('applications_agency_closed').on('applications').columns(['agency_id', 'closed_on']).execute();
  await db.schema.createIndex('applications_dedupe').on('applications').columns(['dedupe_key', 'created_at']).execute();

  await db.schema
    .createTable('application_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('data_json', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('application_events_seq', ['application_id', 'seq'])
    .execute();

  await db.schema
    .createTable('application_submissions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('application_submissions_source').on('application_submissions').columns(['source_key', 'at']).execute();

  await db.schema
    .createTable('agency_contacts')
    .addColumn('agency_id', 'text', (c) => c.primaryKey().references('agencies.id'))
    .addColumn('office_name', 'text')
    .addColumn('address', 'text')
    .addColumn('postcode', 'text')
    .addColumn('hours', 'text')
    .addColumn('phone', 'text')
    .addColumn('fax', 'text')
    .addColumn('email', 'text')
    .addColumn('supervision_phone', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema.alterTable('deadlines').addColumn('settled_at', 'text').execute();
}
