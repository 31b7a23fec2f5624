/**
 * The weekly summary (issue 11 deliverable 5): through the outbox, one message per person and ISO week, with
 * the lines of their own queue and the links; nothing to accounts without an address or with an empty queue.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { setUserEmail } from '../../src/app/accounts/setUserEmail.ts';
import { reviewDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { workQueue } from '../../src/app/supervision/workQueue.ts';
import { updateAgencyContact } from '../../src/app/applications/agencyContact.ts';
import { queueWeeklySummaries, WEEKLY_SUMMARY } from '../../src/app/supervision/queueWeeklySummaries.ts';
import { emptySections } from '../../src/domain/annualReport/reportSections.ts';
import { isoWeekOf } from '../../src/domain/supervision/weeklySummary.ts';
import { insertAnnualReport } from '../../src/storage/repositories/annualReport.repository.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';
import { consistentReport } from '../domain/annualReport/consistentReport.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { queueWorld } from './queueWorld.ts';

const DAY = 24 * 60;

it('numbers ISO weeks from the week of the year’s first Thursday', () => {
  assert.equal(isoWeekOf('2026-03-02'), '2026-W10');
  assert.equal(isoWeekOf('2026-03-08'), '2026-W10', 'Sunday ends the week');
  assert.equal(isoWeekOf('2026-03-09'), '2026-W11');
  assert.equal(isoWeekOf('2027-01-01'), '2026-W53', 'a Friday 1 January belongs to the year before');
  assert.equal(isoWeekOf('2024-12-30'), '2025-W01');
});

describeEachEngine('weekly summary of the work queue', (open) => {
  it('sends each officer with an address and a non-empty queue one message per week', async () => {
    const world = await queueWorld(await open());
    const { engine, system, clock } = world;
    // Last year's 年报 is out and the 指南 contact details are fresh, so only the document below waits for anyone.
    await insertAnnualReport(engine.db, {
      id: 'imported-2025', agencyId: world.agencyId, year: 2025, format: '2021', origin: 'imported', status: 'imported', tables: consistentReport(),
      sections: emptySections(), sourceName: '2025年报.html', publishedOn: '2026-01-20', createdBy: null, createdAt: clock.now(),
    });
    await updateAgencyContact(await world.staff('guanli'), world.agencyId, { officeName: '中卫市医疗保障局办公室', email: 'gongkai@example.cn' });
    const documentId = await world.submitted('xiaowang', '关于医保窗口延时服务的通知');
    const returned = await world.submitted('xiaowang', '关于医保经办网点调整的公告');
    await reviewDocument(await world.staff('fuhe'), { documentId: returned, decision: 'return', comment: '请补充网点地址' });
    assert.deepEqual(await world.titles('xiaowang', 'signOff'), ['修改退回的文件《关于医保经办网点调整的公告》'], 'xiaowang has work but no address');
    for (const empty of ['shenqian', 'guanli']) assert.deepEqual((await workQueue(await world.staff(empty))).lines, [], `${empty}'s queue is empty`);
    const idOf = async (username: string) => (await findUserByUsername(engine.db, username))!.id;
    for (const [username, email] of [['fuhe', 'fuhe@example.cn'], ['shenqian', 'shenqian@example.cn'], ['guanli', 'guanli@example.cn']]) {
      await setUserEmail(system, { userId: await idOf(username!), email: email! });
    }
    const summaries = () => engine.db.selectFrom('outbox').selectAll().where('subject_type', '=', WEEKLY_SUMMARY).orderBy('created_at').execute();

    assert.equal(await queueWeeklySummaries(system, { origin: 'https://gongkai.example.cn' }), 1, 'only the reviewer: the approver and the admin have nothing waiting, xiaowang has no address');
    const [first] = await summaries();
    assert.equal(first!.recipient, 'fuhe@example.cn');
    assert.equal(first!.subject_id, `${await idOf('fuhe')}:2026-W10`);
    assert.match(first!.subject, /政务公开每周待办汇总（2026年3月2日）：1 项/);
    assert.match(first!.body, /【待我复核、审签或修改】\n· 中卫市医疗保障局：复核文件《关于医保窗口延时服务的通知》（自 2026年3月2日 起）/);
    assert.ok(first!.body.includes(`https://gongkai.example.cn/admin/documents/${documentId}`));

    clock.advanceMinutes(DAY * 6); // Sunday 8 March, the same ISO week
    assert.equal(await queueWeeklySummaries(system, { origin: null }), 0, 'once per week');
    clock.advanceMinutes(15 * 60); // 2026-03-08T17:00Z: Monday 9 March, 01:00 in China
    assert.equal(await queueWeeklySummaries(system, { origin: null }), 1);
    const [, second] = await summaries();
    assert.equal(second!.subject_id, `${await idOf('fuhe')}:2026-W11`);
    assert.equal(second!.next_attempt_at, '2026-03-09T00:00:00.000Z', 'sent from 08:00 China time, not in the night');
    assert.equal(first!.next_attempt_at, first!.created_at, 'queued during the day: sent at once');
    assert.ok(second!.body.includes(`\n  /admin/documents/${documentId}`), 'without an origin the link is the path');
    assert.equal((await summaries()).filter((m) => m.recipient !== 'fuhe@example.cn').length, 0);
  });
});
