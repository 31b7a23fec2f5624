import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../helpers/databases.ts';
import { documentWorld, publishNew } from '../documents/documentFixtures.ts';
import { searchDocuments } from '../../src/app/documents/searchDocuments.ts';
import { withdrawDocument } from '../../src/app/documents/withdrawDocument.ts';
import { migrateToLatest } from '../../src/storage/migrations/index.ts';
import { createSearchTables, dropSearchTables } from '../../src/storage/dialect/searchSchema.ts';
import { searchIndexOf } from '../../src/storage/dialect/searchIndex.ts';
import { documentTokens } from '../../src/domain/search/tokens.ts';
import { findPublicRecords } from '../../src/storage/repositories/publishedDocument.repository.ts';

/** Tables of the migrations after 0005, children first, dropped so those migrations run again. */
const LATER_TABLES = [
  'supervision_snapshots', 'annual_report_versions', 'annual_reports', 'annual_report_counts', 'review_cases',
  'application_letter_attachments', 'application_letters', 'letter_series', 'letter_settings', 'letter_templates', 'outbox',
  'application_events', 'application_submissions', 'agency_contacts', 'applications', 'reminders', 'jobs',
];

describeEachEngine('search index upgrade (migration 0005)', (open) => {
  it('replaces the 0003 index and rebuilds it from the public records', async () => {
    const engine = await open();
    const world = await documentWorld(engine);
    const a = await publishNew(world, { title: '关于政府信息公开工作的通知' }, '<p>信息公开指南。</p>');
    const b = await publishNew(world, { title: '门诊报销比例调整' }, '<p>本机关的信息，依法予以公开。</p>');
    const c = await publishNew(world, { title: '已撤回的信息公开文件' });
    await withdrawDocument(world.approver, { documentId: c.documentId, reason: '内容有误' });
    // Back to the layout of 0003, as a database made before 0005 has it.
    await dropSearchTables(engine.db, engine.name);
    await createSearchTables(engine.db, engine.name);
    // …and without the migrations after 0005 (their tables go too, so they run again).
    await sql`delete from kysely_migration where name >= '0005_search_tuning'`.execute(engine.db);
    for (const table of LATER_TABLES) await engine.db.schema.dropTable(table).ifExists().execute();
    await engine.db.schema.dropIndex('deadlines_unsettled').ifExists().execute();
    await engine.db.schema.alterTable('deadlines').dropColumn('settled_at').execute();
    await engine.db.schema.alterTable('documents').dropColumn('legal_form').execute();
    await engine.db.schema.alterTable('users').dropColumn('email').execute();
    await engine.db.schema.dropIndex('catalog_items_key').ifExists().execute();
    await engine.db.schema.alterTable('catalog_items').dropColumn('item_key').execute();
    for (const column of ['seq_label', 'channel_labels_json']) await engine.db.schema.alterTable('catalog_items').dropColumn(column).execute();
    for (const column of ['columns_json', 'declared_text', 'header_lines_json']) await engine.db.schema.alterTable('catalog_versions').dropColumn(column).execute();

    const ran = await migrateToLatest(engine);
    assert.equal(ran[0], '0005_search_tuning');
    const ids = async (query: string) => (await searchDocuments(engine.db, { query })).results.map((r) => r.id);
    assert.deepEqual(await ids('信息公开'), [a.documentId]);
    assert.deepEqual(await ids('信息 公开'), [a.documentId, b.documentId]);
    assert.deepEqual(await ids('撤回'), [], 'a withdrawn document stays out of the index');
    assert.deepEqual(await ids('门诊报销比例调整'), [b.documentId, a.documentId], 'the whole query in a title first; a has every word in its summary');
  });

  it('indexes existing documents again with wrapped words joined (migration 0016)', async () => {
    const engine = await open();
    const world = await documentWorld(engine);
    const doc = await publishNew(world, { title: '办理说明' }, '<p>参保人员办理异地</p><p>就医备案手续。</p>');
    // The entry as the tokenizer before issue 13 made it: the text as stored, lines not joined.
    const record = (await findPublicRecords(engine.db, [doc.documentId])).get(doc.documentId)!;
    const index = searchIndexOf(engine.db);
    await index.upsert(engine.db, { documentId: doc.documentId, agencyId: record.agencyId, year: 2026, validity: 'effective', publishedOn: record.publishedOn,
      tokens: documentTokens(record.content.title, `${record.indexNumber}\n${record.plainText}`) });
    const ids = async (query: string) => (await searchDocuments(engine.db, { query })).results.map((r) => r.id);
    assert.equal((await searchDocuments(engine.db, { query: '异地就医' })).partial, true, 'the old entry has 异地 and 就医 apart only');
    // Migrations after 0016 are undone too, so that 0016 runs again in its place.
    await sql`delete from kysely_migration where name >= '0016_search_reindex'`.execute(engine.db);
    await engine.db.schema.alterTable('agency_contacts').dropColumn('website').execute();
    assert.deepEqual((await migrateToLatest(engine)).slice(0, 1), ['0016_search_reindex']);
    assert.deepEqual(await ids('异地就医'), [doc.documentId]);
    assert.equal((await searchDocuments(engine.db, { query: '异地就医' })).partial, false);
    assert.deepEqual(await ids('办理说明'), [doc.documentId]);
  });
});
