import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, TestClock } from '../helpers/appContext.ts';
import { answeredApplication, FORM, twoAgencies } from './applicationFixtures.ts';
import { archiveApplication } from '../../src/app/applications/archiveApplication.ts';
import { suggestProactiveDisclosure } from '../../src/app/applications/suggestProactiveDisclosure.ts';
import { searchDocuments } from '../../src/app/documents/searchDocuments.ts';
import { createBackup } from '../../src/app/operations/backup/createBackup.ts';
import { restoreBackup } from '../../src/app/operations/backup/restoreBackup.ts';
import { BACKUP_TABLES, LEFT_OUT } from '../../src/app/operations/backup/backupTables.ts';
import { diskAttachmentStore } from '../../src/storage/files/diskAttachmentStore.ts';
import { listTableNames, readAllRows } from '../../src/storage/repositories/tableDump.repository.ts';
import type { Engine } from '../../src/storage/database.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'gongkai-app-backup-'));
const rowsOf = async (engine: Engine, table: string) => (await readAllRows(engine.db, table)).map((r) => JSON.stringify(r, Object.keys(r).sort())).sort();

describeEachEngine('applications in the backup (条例第四十五条: the archive outlives the server)', (open) => {
  it('keeps every application table except the flood counts, restores archived and 转主动公开 applications row for row, and indexes none', async () => {
    const source = await open();
    // Every application table of the database, today's and those added later (letters, …), is in the archive.
    const applicationTables = [...(await listTableNames(source.db)).filter((t) => t.startsWith('application') && !(t in LEFT_OUT)), 'agency_contacts'];
    assert.ok(applicationTables.includes('applications') && applicationTables.includes('application_events'));
    for (const table of applicationTables) assert.ok((BACKUP_TABLES as readonly string[]).includes(table), `${table} is backed up`);
    assert.deepEqual(Object.keys(LEFT_OUT).filter((t) => t.startsWith('application')), ['application_submissions'], 'only the flood-protection counts are left out');
    const s = await twoAgencies(source, new TestClock('2026-03-25T02:00:00.000Z'));
    const first = await answeredApplication(s.officer, s.a, 'granted', 'BACKUPMARKER 医保基金支出明细');
    await archiveApplication(s.officer, first.id);
    await suggestProactiveDisclosure(s.officer, { applicationIds: [first.id], item: { level1: '基本信息', level2: '政府信息公开制度及相关规定' }, title: '医保基金支出明细' });
    const { archive } = await createBackup(s.root, diskAttachmentStore(folder()));
    const target = await open();
    await restoreBackup(contextFor(target), diskAttachmentStore(folder()), archive);
    for (const table of applicationTables) assert.deepEqual(await rowsOf(target, table), await rowsOf(source, table), `${table} restored row for row`);
    const restored = (await readAllRows(target.db, 'applications'))[0]!;
    assert.ok(restored.archived_at && restored.proactive_suggestion, 'the archive mark and the 第四十四条 mark survive');
    for (const query of ['BACKUPMARKER', FORM.name, FORM.idNumber]) {
      assert.equal((await searchDocuments(target.db, { query })).results.length, 0, `the rebuilt index holds no application (${query})`);
    }
  });
});
