/**
 * The sign-off lines of the two other workflows, 依申请公开 letters and 年报: the row of each step as the sign-off
 * use cases leave it (填表人/复核人 ids and status, written here directly), and whose queue lists it.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { registerApplication } from '../../src/app/applications/registerApplication.ts';
import { workQueue } from '../../src/app/supervision/workQueue.ts';
import { emptySections } from '../../src/domain/annualReport/reportSections.ts';
import { insertAnnualReport } from '../../src/storage/repositories/annualReport.repository.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';
import { consistentReport } from '../domain/annualReport/consistentReport.ts';
import { FORM } from '../helpers/applicationFixtures.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { queueWorld } from './queueWorld.ts';

describeEachEngine('work queue: letters and annual reports', (open) => {
  it('lists a reviewed letter for an approver who signed neither step, by 受理编号, without the applicant', async () => {
    const world = await queueWorld(await open());
    const { application } = await registerApplication(await world.staff('xiaowang'), { agencyId: world.agencyId, fields: FORM, receipt: { channel: 'inPerson', on: '2026-03-02' } });
    const idOf = async (username: string) => (await findUserByUsername(world.engine.db, username))!.id;
    const now = world.clock.now();
    await world.engine.db.insertInto('application_letters').values({
      id: 'letter-1', application_id: application.id, agency_id: world.agencyId, kind: 'answer', outcome: 'granted', title: '政府信息公开申请答复书',
      addressee: FORM.name, body: `${FORM.name}：……`, status: 'reviewed', number: null, return_comment: null,
      preparer_id: await idOf('xiaowang'), prepared_at: now, reviewer_id: await idOf('fuhe'), reviewed_at: now, approver_id: null, approved_at: null,
      approved_on: null, sent_on: null, sent_at: null, created_by: await idOf('xiaowang'), created_at: now, updated_at: now,
    }).execute();
    const [line] = (await workQueue(await world.staff('shenqian'))).lines.filter((l) => l.kind === 'signOff');
    assert.deepEqual([line!.title, line!.href], [`审签政府信息公开申请答复书（受理编号 ${application.trackingNo}）`, `/admin/applications/${application.id}/letters/letter-1`]);
    assert.ok(!JSON.stringify(line).includes(FORM.name), 'no applicant name');
    assert.deepEqual(await world.titles('fuhe', 'signOff'), [], 'the 复核人 does not sign it off');
  });

  it('lists a submitted 年报 for a reviewer who did not prepare it, and a returned one for its 填表人', async () => {
    const world = await queueWorld(await open());
    await insertAnnualReport(world.engine.db, {
      id: 'report-2025', agencyId: world.agencyId, year: 2025, format: '2021', origin: 'computed', status: 'submitted', tables: consistentReport(),
      sections: emptySections(), sourceName: null, publishedOn: null, createdBy: null, createdAt: world.clock.now(),
    });
    const bianji = (await findUserByUsername(world.engine.db, 'bianji'))!.id;
    await world.engine.db.updateTable('annual_reports').set({ preparer_id: bianji, prepared_at: world.clock.now() }).where('id', '=', 'report-2025').execute();
    assert.deepEqual(await world.titles('fuhe', 'signOff'), ['复核2025年度政府信息公开工作年度报告']);
    assert.deepEqual(await world.titles('bianji', 'signOff'), [], 'its 填表人 holds 复核人 too');
    const [overdue] = (await workQueue(await world.staff('bianji'))).lines.filter((l) => l.kind === 'annualReport');
    assert.equal(overdue!.href, '/admin/reports/report-2025', 'the R9 line leads to the report itself once it exists');
    await world.engine.db.updateTable('annual_reports').set({ status: 'returned' }).where('id', '=', 'report-2025').execute();
    assert.deepEqual(await world.titles('bianji', 'signOff'), ['修改退回的2025年度政府信息公开工作年度报告']);
    assert.deepEqual(await world.titles('xiaowang', 'signOff'), []);
  });
});
