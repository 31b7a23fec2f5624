import type { Kysely } from 'kysely';
import type { EngineName } from '../dialect/engine.ts';
import { createSearchTables } from '../dialect/searchSchema.ts';

/**
 * Documents (政府信息): the working copy, published revisions, the public record read by
 * the portal, links to catalog items by stable key (docs/adr/0004), policy ↔ 解读 links,
 * attachments, 索引号 counters and settings, sensitive words, and the engine's search index.
 */
export async function up(db: Kysely<any>, engine: EngineName): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text', (c) => c.notNull())
    .addColumn('formed_on', 'text')
    .addColumn('document_number', 'text')
    .addColumn('subject_category', 'text')
    .addColumn('genre', 'text')
    .addColumn('keywords_json', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('validity', 'text', (c) => c.notNull())
    .addColumn('repealed_on', 'text')
    .addColumn('disclosure_mode', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('items_json', 'text', (c) => c.notNull())
    .addColumn('publish_at', 'text')
    .addColumn('internal_note', 'text')
    .addColumn('review_comment', 'text')
    .addColumn('secrecy_json', 'text')
    .addColumn('index_number', 'text', (c) => c.unique())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_published_at', 'text')
    .addColumn('withdrawal_json', 'text')
    .addColumn('repeal_json', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', 'text')
    .execute();
  await db.schema.createIndex('documents_agency_status').on('documents').columns(['agency_id', 'status', 'updated_at']).execute();
  await db.schema.createIndex('documents_scheduled').on('documents').columns(['status', 'publish_at']).execute();

  await db.schema
    .createTable('document_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addColumn('change_note', 'text')
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('attachments_json', 'text', (c) => c.notNull())
    .addUniqueConstraint('document_revisions_number', ['document_id', 'number'])
    .execute();

  await db.schema
    .createTable('published_documents')
    .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull())
    .addColumn('index_number', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('published_on', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('formed_on', 'text')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('validity', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('attachments_json', 'text', (c) => c.notNull())
    .addColumn('plain_text', 'text', (c) => c.notNull())
    .addColumn('end_json', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('published_documents_agency').on('published_documents').columns(['agency_id', 'published_on']).execute();
  await db.schema.createIndex('published_documents_recent').on('published_documents').columns(['published_on', 'document_id']).execute();

  await db.schema
    .createTable('published_document_items')
    .addColumn('document_id', 'text', (c) => c.notNull().references('published_documents.document_id'))
    .addColumn('agency_id', 'text', (c) => c.notNull())
    .addColumn('level1', 'text', (c) => c.notNull())
    .addColumn('level2', 'text', (c) => c.notNull())
    .addColumn('published_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('published_document_items_pk', ['document_id', 'agency_id', 'level1', 'level2'])
    .execute();
  await db.schema.createIndex('published_document_items_item').on('published_document_items').columns(['agency_id', 'level1', 'level2', 'published_on']).execute();

  await db.schema
    .createTable('document_links')
    .addColumn('policy_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('interpretation_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_links_pk', ['policy_id', 'interpretation_id'])
    .execute();
  await db.schema.createIndex('document_links_interpretation').on('document_links').column('interpretation_id').execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .execute();
  await db.schema.createIndex('attachments_document').on('attachments').columns(['document_id', 'position']).execute();
  await db.schema.createIndex('attachments_sha256').on('attachments').column('sha256').execute();

  await db.schema
    .createTable('index_number_counters')
    .addColumn('agency_id', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('last_serial', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('index_number_counters_pk', ['agency_id', 'period'])
    .execute();

  await db.schema
    .createTable('document_settings')
    .addColumn('agency_id', 'text', (c) => c.primaryKey().references('agencies.id'))
    .addColumn('index_template', 'text', (c) => c.notNull())
    .addColumn('agency_number', 'integer')
    .addColumn('credit_code', 'text')
    .execute();

  await db.schema
    .createTable('sensitive_words')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text')
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await createSearchTables(db, engine);
}
