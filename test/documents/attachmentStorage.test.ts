import { loadConfig } from '../../src/config/config.ts';
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, TestClock } from '../helpers/appContext.ts';
import { completeInput, documentWorld, type DocumentWorld } from './documentFixtures.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { addAttachment } from '../../src/app/documents/addAttachment.ts';
import { submitDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { sweepUnreferencedAttachments } from '../../src/app/documents/sweepUnreferencedAttachments.ts';
import { queryAuditEvents } from '../../src/storage/repositories/audit.repository.ts';
import { sha256Hex } from '../../src/storage/files/attachmentStore.ts';
import { SYSTEM_ACTOR } from '../../src/domain/accounts/roles.ts';
import type { DomainError } from '../../src/domain/shared/errors.ts';

/** A small PNG-signed file; `n` makes its content (and so its key) distinct. */
const png = (n: number, size = 64) => Uint8Array.from({ length: size }, (_, i) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a][i] ?? (n + i) % 251);

async function storedKeys(world: DocumentWorld): Promise<string[]> {
  const keys: string[] = [];
  for await (const file of world.files.list()) keys.push(file.key);
  return keys.sort();
}

async function draft(world: DocumentWorld, title = '附件测试文件') {
  return (await createDocument(world.editor, { agencyId: world.agencyId, ...completeInput({ title }) })).documentId;
}

describeEachEngine('attachment storage: refused uploads, quota, sweep', (open) => {
  it('writes nothing for an upload to a document in review (checked before the write)', async () => {
    const world = await documentWorld(await open());
    const documentId = await draft(world);
    await submitDocument(world.editor, { documentId });
    for (let n = 0; n < 3; n += 1) {
      await assert.rejects(addAttachment(world.editor, { documentId, fileName: `图${n}.png`, bytes: png(n) }, world.files), (e: DomainError) => e.code === 'workflow.invalid_transition');
    }
    assert.deepEqual(await storedKeys(world), [], 'a refused upload leaves no file on disk');
  });

  it('removes the written file when the transaction fails, unless another row uses the same content', async () => {
    const world = await documentWorld(await open());
    const [first, second] = [await draft(world, '甲'), await draft(world, '乙')];
    const failing = { ...world.editor, audit: { record: async () => { throw new Error('audit store down'); } } };
    await assert.rejects(addAttachment(failing, { documentId: first, fileName: '图.png', bytes: png(1) }, world.files), /audit store down/);
    assert.deepEqual(await storedKeys(world), []);
    const kept = await addAttachment(world.editor, { documentId: first, fileName: '图.png', bytes: png(2) }, world.files);
    await assert.rejects(addAttachment(failing, { documentId: second, fileName: '同一张图.png', bytes: png(2) }, world.files), /audit store down/);
    assert.deepEqual(await storedKeys(world), [kept.sha256], 'the shared file stays for the row that uses it');
  });

  it("refuses, in Chinese, an upload that would take the agency's attachments over its quota", async () => {
    const world = await documentWorld(await open());
    const documentId = await draft(world);
    assert.equal(loadConfig({}).agencyAttachmentQuotaBytes, 2 * 1024 ** 3);
    assert.equal(loadConfig({ GONGKAI_ATTACHMENT_QUOTA_MB: '10' }).agencyAttachmentQuotaBytes, 10 * 1024 ** 2);
    await addAttachment(world.editor, { documentId, fileName: '一.png', bytes: png(1, 600) }, world.files, 1000);
    await assert.rejects(addAttachment(world.editor, { documentId, fileName: '二.png', bytes: png(2, 600) }, world.files, 1000), (e: DomainError) =>
      e.code === 'validation.failed' && /本单位附件总量已达上限/.test(e.message) && e.issues.some((i) => i.path === 'file'));
    assert.deepEqual(await storedKeys(world), [sha256Hex(png(1, 600))], 'the refused file was never written');
    await addAttachment(world.editor, { documentId, fileName: '三.png', bytes: png(3, 400) }, world.files, 1000);
  });

  it('sweeps files no row references once they are older than the grace period, and only as a system admin', async () => {
    const world = await documentWorld(await open());
    const documentId = await draft(world);
    const used = await addAttachment(world.editor, { documentId, fileName: '在用.png', bytes: png(1) }, world.files);
    const orphan = sha256Hex(png(9));
    await world.files.put(orphan, png(9));
    const at = (offsetMinutes: number) => contextFor(world.engine, SYSTEM_ACTOR, new TestClock(new Date(Date.now() + offsetMinutes * 60_000).toISOString()));
    await assert.rejects(sweepUnreferencedAttachments({ ...at(120), actor: world.editor.actor }, world.files), (e: DomainError) => e.code === 'forbidden');
    assert.deepEqual(await sweepUnreferencedAttachments(at(0), world.files), { deleted: [], scanned: 2 }, 'a fresh file may belong to an upload in flight');
    assert.deepEqual(await sweepUnreferencedAttachments(at(120), world.files), { deleted: [orphan], scanned: 2 });
    assert.deepEqual(await storedKeys(world), [used.sha256]);
    assert.deepEqual(await world.files.get(used.sha256), png(1));
    const { events } = await queryAuditEvents(world.engine.db, { limit: 5, offset: 0 });
    assert.equal(events[0]?.action, 'attachment.swept');
  });
});
