import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, TestClock } from '../helpers/appContext.ts';
import { completeInput, documentWorld, publishNew } from '../documents/documentFixtures.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { reviewDocument, submitDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { confirmSecrecyReview } from '../../src/app/documents/confirmSecrecyReview.ts';
import { approveDocument } from '../../src/app/documents/approveDocument.ts';
import { currentDeadline } from '../../src/app/documents/documentDeadline.ts';
import { JobRunner } from '../../src/app/operations/jobRunner.ts';
import { scheduledJobs } from '../../src/app/operations/jobCatalog.ts';
import { recordReminders } from '../../src/app/operations/recordReminders.ts';
import { purgeExpiredRecords } from '../../src/app/operations/purgeExpiredRecords.ts';
import { listOpenReminders } from '../../src/storage/repositories/reminder.repository.ts';
import { recordLoginFailure } from '../../src/storage/repositories/loginFailure.repository.ts';
import type { Engine } from '../../src/storage/database.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The attachment sweep job reads the configured data folder: never a developer's ./data.
process.env.GONGKAI_DATA_DIR = mkdtempSync(join(tmpdir(), 'gongkai-jobs-'));

const auditCount = async (engine: Engine, action: string) =>
  Number((await engine.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', action).executeTakeFirst())?.n);

describeEachEngine('scheduled jobs', (open) => {
  it('reminds once before the 公开时限 and once after it, only for unpublished documents', async () => {
    const world = await documentWorld(await open());
    const { documentId } = await createDocument(world.editor, { agencyId: world.agencyId, ...completeInput() });
    await submitDocument(world.editor, { documentId });
    await publishNew(world);
    const dueDate = (await currentDeadline(world.admin, documentId))!.dueDate!;
    assert.equal(await recordReminders(world.admin), 0, 'nothing while the deadline is weeks away');
    const clock = new TestClock(`${dueDate}T02:00:00.000Z`);
    const system = contextFor(world.engine, undefined, clock);
    assert.equal(await recordReminders(system), 1);
    assert.equal(await recordReminders(system), 0, 'one reminder per deadline and kind');
    clock.advanceMinutes(2 * 24 * 60);
    assert.equal(await recordReminders(system), 1, 'then one when it has passed');
    const open_ = await listOpenReminders(world.engine.db, [world.agencyId]);
    assert.deepEqual(open_.map((r) => [r.documentId, r.kind, r.dueDate]), [[documentId, 'overdue', dueDate], [documentId, 'approaching', dueDate]]);
    assert.equal(await auditCount(world.engine, 'reminder.created'), 2);
    assert.deepEqual(await listOpenReminders(world.engine.db, []), []);
  });

  it('purges expired sessions and old login failures, with an audit event only when something went', async () => {
    const engine = await open();
    const clock = new TestClock('2026-03-02T02:00:00.000Z');
    const ctx = contextFor(engine, undefined, clock);
    await engine.db.insertInto('sessions').values([
      { id: 'old', data_json: '{}', expires_at: '2026-03-02T01:00:00.000Z' },
      { id: 'live', data_json: '{}', expires_at: '2026-03-02T09:00:00.000Z' },
    ]).execute();
    await recordLoginFailure(engine.db, 'zhang', '10.0.0.1', '2026-02-28T00:00:00.000Z');
    await recordLoginFailure(engine.db, 'zhang', '10.0.0.1', '2026-03-02T01:59:00.000Z');
    assert.deepEqual(await purgeExpiredRecords(ctx), { sessions: 1, loginFailures: 1 });
    assert.deepEqual(await purgeExpiredRecords(ctx), { sessions: 0, loginFailures: 0 });
    assert.equal(await auditCount(engine, 'operations.purged'), 1);
    const left = await engine.db.selectFrom('sessions').select('id').execute();
    assert.deepEqual(left.map((s) => s.id), ['live']);
  });

  it('runs every scheduled job through the runner: scheduled publication, purge, search upkeep, reminders, attachment sweep, outbox delivery', async () => {
    const world = await documentWorld(await open());
    const { documentId } = await createDocument(world.editor, { agencyId: world.agencyId, ...completeInput() });
    await submitDocument(world.editor, { documentId });
    await reviewDocument(world.reviewer, { documentId, decision: 'pass' });
    await confirmSecrecyReview(world.reviewer, { documentId });
    await approveDocument(world.approver, { documentId, decision: 'approve', publishAt: '2026-03-03T00:00:00.000Z' });
    const runner = new JobRunner({ ctx: contextFor(world.engine, undefined, world.clock), jobs: scheduledJobs(), owner: 'test' });
    const first = await runner.tick();
    assert.deepEqual(first.map((r) => [r.name, r.ok]).sort(), [['application-reminders', true], ['deadline-reminders', true], ['deliver-outbox', true], ['optimize-search', true], ['publish-scheduled', true], ['purge-expired', true], ['report-reminders', true], ['supervision-snapshots', true], ['sweep-attachments', true], ['weekly-summaries', true]]);
    assert.equal(first.find((r) => r.name === 'publish-scheduled')?.note, null, 'not yet due');
    world.clock.advanceMinutes(24 * 60);
    const second = await runner.tick();
    assert.equal(second.find((r) => r.name === 'publish-scheduled')?.note, '发布 1 件，暂缓 0 件');
    const published = await world.engine.db.selectFrom('published_documents').select('document_id').where('document_id', '=', documentId).executeTakeFirst();
    assert.ok(published, 'published by the job');
  });
});
