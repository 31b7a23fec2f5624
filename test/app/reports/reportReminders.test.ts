/**
 * R9 (条例第四十九条): the list's deadline state of last year's report by a test clock, and the reminder in the
 * disclosure office's mailbox from 1 January — once while approaching, once more when overdue, none once published.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { updateAgencyContact } from '../../../src/app/applications/agencyContact.ts';
import { listAnnualReports } from '../../../src/app/reports/listAnnualReports.ts';
import { queueReportReminders, REPORT_REMINDER } from '../../../src/app/reports/queueReportReminders.ts';
import { emptySections } from '../../../src/domain/annualReport/reportSections.ts';
import type { Engine } from '../../../src/storage/database.ts';
import { insertAnnualReport } from '../../../src/storage/repositories/annualReport.repository.ts';
import { consistentReport } from '../../domain/annualReport/consistentReport.ts';
import { contextFor } from '../../helpers/appContext.ts';
import { describeEachEngine } from '../../helpers/databases.ts';
import { reportWorld } from './reportWorld.ts';

const DAY = 24 * 60;

/** A report published elsewhere and imported, with its publication date (what R9 looks at). */
async function publishedReport(engine: Engine, agencyId: string, year: number, publishedOn: string) {
  await insertAnnualReport(engine.db, {
    id: `imported-${year}`, agencyId, year, format: '2021', origin: 'imported', status: 'imported', tables: consistentReport(), sections: emptySections(),
    sourceName: `${year}年报.html`, publishedOn, createdBy: null, createdAt: '2026-03-02T02:00:00.000Z',
  });
}

describeEachEngine('annual report deadline (R9)', (open) => {
  it('reminds from 1 January, once per state, and shows the state in the list', async () => {
    const world = await reportWorld(await open());
    const { engine, clock } = world.web;
    const system = contextFor(engine, undefined, clock);
    await updateAgencyContact(await world.staff('adminA'), world.agencyId, { email: 'gongkai@example.invalid' });
    const reminders = () => engine.db.selectFrom('outbox').selectAll().where('subject_type', '=', REPORT_REMINDER).orderBy('created_at').execute();
    await publishedReport(engine, world.agencyId, 2025, '2026-01-28');
    const stateOfA = async () => (await listAnnualReports(await world.staff('editorA'))).find((a) => a.agencyId === world.agencyId)!;

    clock.advanceMinutes(DAY * 290); // 2026-12-17
    assert.deepEqual([(await stateOfA()).dueYear, (await stateOfA()).deadline.state], [2025, 'onTime'], 'until 31 December the list looks at the year before');
    await queueReportReminders(system);
    assert.equal((await reminders()).filter((m) => m.agency_id === world.agencyId).length, 0);

    clock.advanceMinutes(DAY * 20); // 2027-01-06
    const listed = await stateOfA();
    assert.deepEqual([listed.dueYear, listed.deadline.state, listed.deadline.daysLeft], [2026, 'reminder', 25]);
    assert.ok((await queueReportReminders(system)) >= 1);
    assert.equal(await queueReportReminders(system), 0, 'once per state');
    const [first] = (await reminders()).filter((m) => m.agency_id === world.agencyId);
    assert.equal(first!.recipient, 'gongkai@example.invalid');
    assert.match(first!.subject, /请于1月31日前发布2026年度政府信息公开工作年度报告/);
    assert.match(first!.body, /还剩25天/);

    clock.advanceMinutes(DAY * 27); // 2027-02-02
    assert.equal((await stateOfA()).deadline.state, 'overdue');
    await queueReportReminders(system);
    await queueReportReminders(system);
    const ofA = (await reminders()).filter((m) => m.agency_id === world.agencyId);
    assert.equal(ofA.length, 2);
    assert.match(ofA[1]!.subject, /已逾期未发布/);
    assert.match(ofA[1]!.body, /已超过2027年1月31日的法定期限2天/);
  });

  it('sends nothing for an agency whose report of last year is published', async () => {
    const world = await reportWorld(await open());
    const { engine, clock } = world.web;
    await updateAgencyContact(await world.staff('adminA'), world.agencyId, { email: 'gongkai@example.invalid' });
    await publishedReport(engine, world.agencyId, 2026, '2027-01-10');
    clock.advanceMinutes(DAY * 315); // 2027-01-11
    await queueReportReminders(contextFor(engine, undefined, clock));
    const sent = await engine.db.selectFrom('outbox').select('id').where('subject_type', '=', REPORT_REMINDER).where('agency_id', '=', world.agencyId).execute();
    assert.equal(sent.length, 0);
    assert.equal((await listAnnualReports(await world.staff('editorA'))).find((a) => a.agencyId === world.agencyId)!.deadline.state, 'onTime');
  });
});
