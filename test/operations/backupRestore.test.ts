import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { describeEachEngine, openTestDatabase } from '../helpers/databases.ts';
import { contextFor } from '../helpers/appContext.ts';
import { completeInput, documentWorld } from '../documents/documentFixtures.ts';
import { seedDemoData } from '../../src/app/demo/seedDemoData.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { addAttachment } from '../../src/app/documents/addAttachment.ts';
import { reviewDocument, submitDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { confirmSecrecyReview } from '../../src/app/documents/confirmSecrecyReview.ts';
import { approveDocument } from '../../src/app/documents/approveDocument.ts';
import { searchDocuments } from '../../src/app/documents/searchDocuments.ts';
import { createBackup } from '../../src/app/operations/backup/createBackup.ts';
import { restoreBackup } from '../../src/app/operations/backup/restoreBackup.ts';
import { BACKUP_TABLES } from '../../src/app/operations/backup/backupTables.ts';
import { packTarGz, unpackTarGz } from '../../src/app/operations/backup/tarGz.ts';
import { diskAttachmentStore } from '../../src/storage/files/diskAttachmentStore.ts';
import { countRows, readAllRows } from '../../src/storage/repositories/tableDump.repository.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';
import { createUser } from '../../src/app/accounts/createUser.ts';
import type { Engine } from '../../src/storage/database.ts';

async function sheet(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('报销比例').addRow(['项目', '比例']).commit();
  workbook.getWorksheet('报销比例')!.addRow(['门诊', '60%']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Demo catalogs plus a published document with an attachment, as an operator's site would hold. */
async function siteWithContent(engine: Engine) {
  await seedDemoData(contextFor(engine));
  const world = await documentWorld(engine);
  const { documentId } = await createDocument(world.editor, { agencyId: world.agencyId, ...completeInput() });
  const bytes = await sheet();
  const attachment = await addAttachment(world.editor, { documentId, fileName: '报销比例.xlsx', bytes }, world.files);
  await submitDocument(world.editor, { documentId });
  await reviewDocument(world.reviewer, { documentId, decision: 'pass' });
  await confirmSecrecyReview(world.reviewer, { documentId });
  await approveDocument(world.approver, { documentId, decision: 'approve' });
  // An account with the e-mail address of migration 0012 (the weekly summary), kept by the users table's dump.
  await createUser(world.admin, { username: 'mailer', displayName: '收汇总的人', password: 'correct horse battery', roles: ['editor'], agencyId: world.agencyId, email: 'mailer@example.cn' });
  return { world, documentId, attachment, bytes };
}

const sortedRows = async (engine: Engine, table: string) => (await readAllRows(engine.db, table)).map((r) => JSON.stringify(r, Object.keys(r).sort())).sort();

async function assertRestoredCopy(source: Engine, target: Engine) {
  for (const table of BACKUP_TABLES) {
    if (table === 'audit_events') continue;
    assert.deepEqual(await sortedRows(target, table), await sortedRows(source, table), `${table} restored row for row`);
  }
  const before = (await readAllRows(source.db, 'audit_events')).map((e) => e.id).sort();
  const afterRestore = await readAllRows(target.db, 'audit_events');
  assert.deepEqual(afterRestore.filter((e) => e.action !== 'backup.restored').map((e) => e.id).sort(), before, 'every audit event, same ids');
  assert.equal(afterRestore.filter((e) => e.action === 'backup.restored').length, 1);
}

const emptyFolder = () => mkdtempSync(join(tmpdir(), 'gongkai-restore-'));

describeEachEngine('backup and restore', (open) => {
  it('restores every catalog, document, attachment and audit event into an empty database, and search works again', async () => {
    const source = await open();
    const { world, documentId, attachment, bytes } = await siteWithContent(source);
    const { archive, manifest } = await createBackup(world.admin, world.files);
    assert.equal(manifest.attachments.length, 1);
    assert.ok(manifest.tables.find((t) => t.name === 'catalog_versions')!.rows >= 6, 'five demo catalogs and the golden one');
    const target = await open();
    const folder = emptyFolder();
    const report = await restoreBackup(contextFor(target), diskAttachmentStore(folder), archive);
    assert.equal(report.indexed, 1);
    await assertRestoredCopy(source, target);
    assert.equal((await findUserByUsername(target.db, 'mailer'))?.email, 'mailer@example.cn', 'users.email restored');
    assert.deepEqual(await diskAttachmentStore(folder).get(attachment.sha256), bytes, 'attachment bytes equal');
    const found = await searchDocuments(target.db, { query: '门诊报销比例' });
    assert.deepEqual(found.results.map((r) => r.id), [documentId]);
  });

  it('refuses a damaged archive or a non-empty database in one line, writing nothing', async () => {
    const source = await open();
    const { world } = await siteWithContent(source);
    const { archive } = await createBackup(world.admin, world.files);
    const target = await open();
    const folder = emptyFolder();
    const truncated = archive.subarray(0, Math.floor(archive.length / 2));
    const parts = unpackTarGz(archive);
    parts.set('tables/documents.jsonl', Buffer.from(parts.get('tables/documents.jsonl')!.toString().replace('门诊', '住院')));
    const tampered = packTarGz([...parts].map(([name, bytes]) => ({ name, bytes })));
    for (const [bad, message] of [[truncated, /备份文件已损坏/], [tampered, /tables\/documents\.jsonl 缺失或校验和不符/], [Buffer.from('not a backup'), /备份文件已损坏/]] as const) {
      await assert.rejects(restoreBackup(contextFor(target), diskAttachmentStore(folder), bad), (e: Error) => message.test(e.message) && !e.message.includes('\n'));
    }
    assert.equal(await countRows(target.db, 'agencies'), 0);
    assert.equal(await countRows(target.db, 'audit_events'), 0);
    assert.deepEqual(readdirSync(folder), [], 'no attachment file written');
    await assert.rejects(restoreBackup(contextFor(source), diskAttachmentStore(emptyFolder()), archive), /目标数据库不是空的/);
  });
});

describe('backup and restore across engines', () => {
  const dropped: { drop(): Promise<void> }[] = [];
  after(async () => {
    for (const db of dropped) await db.drop();
  });

  it('restores a SQLite backup into PostgreSQL', async () => {
    const sqlite = await openTestDatabase('sqlite');
    const postgres = await openTestDatabase('postgres');
    dropped.push(sqlite, postgres);
    const { world, documentId } = await siteWithContent(sqlite.engine);
    const { archive } = await createBackup(world.admin, world.files);
    await restoreBackup(contextFor(postgres.engine), diskAttachmentStore(emptyFolder()), archive);
    await assertRestoredCopy(sqlite.engine, postgres.engine);
    const found = await searchDocuments(postgres.engine.db, { query: '门诊报销比例' });
    assert.deepEqual(found.results.map((r) => r.id), [documentId]);
  });
});
