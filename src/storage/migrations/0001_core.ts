import type { Kysely } from 'kysely';
import type { EngineName } from '../dialect/engine.ts';

/** Regions, agencies, versioned catalogs, accounts, sessions, login throttling and the audit log. */
export async function up(db: Kysely<any>, _engine: EngineName): Promise<void> {
  await db.schema
    .createTable('regions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('regions.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('regions_parent_name', ['parent_id', 'name'])
    .execute();

  await db.schema
    .createTable('agencies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('region_id', 'text', (c) => c.notNull().references('regions.id'))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('code', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('catalog_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('responsible_unit', 'text')
    .addColumn('preparer', 'text')
    .addColumn('reviewer', 'text')
    .addColumn('approver', 'text')
    .addColumn('prepared_on', 'text')
    .addColumn('declared_json', 'text')
    .addColumn('preamble_json', 'text')
    .addColumn('notes_json', 'text')
    .addColumn('source', 'text')
    .addColumn('based_on_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('review_comment', 'text')
    .addUniqueConstraint('catalog_versions_agency_number', ['agency_id', 'number'])
    .execute();
  await db.schema.createIndex('catalog_versions_agency_status').on('catalog_versions').columns(['agency_id', 'status']).execute();

  await db.schema
    .createTable('catalog_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version_id', 'text', (c) => c.notNull().references('catalog_versions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('seq', 'text')
    .addColumn('level1', 'text', (c) => c.notNull())
    .addColumn('level2', 'text')
    .addColumn('content', 'text')
    .addColumn('basis_json', 'text', (c) => c.notNull())
    .addColumn('time_limit', 'text')
    .addColumn('time_limit_rule_json', 'text')
    .addColumn('subject', 'text')
    .addColumn('channels_json', 'text', (c) => c.notNull())
    .addColumn('channel_notes_json', 'text')
    .addColumn('audience_json', 'text', (c) => c.notNull())
    .addColumn('mode_json', 'text', (c) => c.notNull())
    .addColumn('five_types_json', 'text')
    .addColumn('column_name', 'text')
    .addColumn('category', 'text')
    .addColumn('remarks', 'text')
    .execute();
  await db.schema.createIndex('catalog_items_version').on('catalog_items').columns(['version_id', 'position']).execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text', (c) => c.references('agencies.id'))
    .addColumn('region_id', 'text', (c) => c.references('regions.id'))
    .addColumn('roles_json', 'text', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('data_json', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();

  await db.schema
    .createTable('login_failures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_failures_username').on('login_failures').columns(['username', 'at']).execute();
  await db.schema.createIndex('login_failures_ip').on('login_failures').columns(['ip', 'at']).execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('agency_id', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute();
  await db.schema.createIndex('audit_events_at').on('audit_events').column('at').execute();
  await db.schema.createIndex('audit_events_agency').on('audit_events').columns(['agency_id', 'at']).execute();
}
