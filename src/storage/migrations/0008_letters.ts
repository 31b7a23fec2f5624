import type { Kysely } from 'kysely';
import type { EngineName } from '../dialect/engine.ts';

/**
 * Letters of 依申请公开 (条例第三十条至第四十二条): the agency's own templates per kind and outcome group
 * (`letter_templates`, edited in the back office, audited), the letter prefix and the remedy bodies
 * (`letter_settings`), the serial counter per agency and year (`letter_series`, one atomic upsert at
 * 审签, so a number is never given twice), and the letters themselves (`application_letters`) with
 * their text as edited, the 填表人 → 复核人 → 审签人 sign-off, the number and the date sent; the information
 * provided (`application_letter_attachments`: bytes in the AttachmentStore under their sha256, kept from
 * the attachment sweep and included in backups like document attachments). A number is unique per agency, so a serial cannot be reused even by a bug.
 */
export async function up(db: Kysely<any>, _engine: EngineName): Promise<void> {
  await db.schema
    .createTable('letter_templates')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('template_key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('addressee', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('letter_templates_pk', ['agency_id', 'template_key'])
    .execute();

  await db.schema
    .createTable('letter_settings')
    .addColumn('agency_id', 'text', (c) => c.primaryKey().references('agencies.id'))
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('reconsideration_body', 'text')
    .addColumn('court', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('letter_series')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_serial', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('letter_series_pk', ['agency_id', 'year'])
    .execute();

  await db.schema
    .createTable('application_letters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('addressee', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('return_comment', 'text')
    .addColumn('preparer_id', 'text')
    .addColumn('prepared_at', 'text')
    .addColumn('reviewer_id', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('approver_id', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('approved_on', 'text')
    .addColumn('sent_on', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('application_letters_number', ['agency_id', 'number'])
    .execute();
  await db.schema.createIndex('application_letters_application').on('application_letters').columns(['application_id', 'created_at']).execute();

  await db.schema
    .createTable('application_letter_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('letter_id', 'text', (c) => c.notNull().references('application_letters.id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema.createIndex('application_letter_attachments_letter').on('application_letter_attachments').columns(['letter_id', 'created_at']).execute();
  await db.schema.createIndex('application_letter_attachments_sha').on('application_letter_attachments').column('sha256').execute();
}
