import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, TestClock } from '../helpers/appContext.ts';
import { ANONYMOUS_ACTOR } from '../../src/app/accounts/getActor.ts';
import { submitOnlineApplication } from '../../src/app/applications/submitOnlineApplication.ts';
import { confirmReceipt } from '../../src/app/applications/confirmReceipt.ts';
import { recordApplicationEvent } from '../../src/app/applications/recordApplicationEvent.ts';
import { getApplication } from '../../src/app/applications/getApplication.ts';
import { getApplicationStatus } from '../../src/app/applications/getApplicationStatus.ts';
import { listApplications } from '../../src/app/applications/listApplications.ts';
import { registerApplication } from '../../src/app/applications/registerApplication.ts';
import { applicationCounts } from '../../src/app/applications/applicationCounts.ts';
import { setCalendarDay } from '../../src/app/calendar/setCalendarDay.ts';
import type { DomainError } from '../../src/domain/shared/errors.ts';
import type { Engine } from '../../src/storage/database.ts';
import { APPLICATION_ID_NUMBER, FORM } from '../helpers/applicationFixtures.ts';
import { twoAgencies } from './applicationFixtures.ts';

const ID = APPLICATION_ID_NUMBER;

async function setUp(engine: Engine, clock: TestClock) {
  return { ...(await twoAgencies(engine, clock)), public: contextFor(engine, ANONYMOUS_ACTOR, clock) };
}

describeEachEngine('依申请公开 lifecycle', (open) => {
  it('online form → confirm → 补正 → consultation → extension → answer; the clock follows the ledger', async () => {
    const engine = await open();
    const clock = new TestClock('2025-09-25T02:00:00.000Z');
    const s = await setUp(engine, clock);
    const sent = await submitOnlineApplication(s.public, { agencyId: s.a, fields: FORM, sourceKey: 'ip-1' });
    assert.match(sent.trackingNo, /^20250925-\d{6}$/);
    assert.match(sent.queryCode, /^\d{8}$/);
    clock.advanceMinutes(24 * 60);
    const confirmed = await confirmReceipt(s.officer, sent.applicationId, '2025-09-26');
    assert.equal(confirmed.clock?.dueOn, '2025-10-30', '20 working days over 国庆 (contract §2 example)');
    clock.advanceMinutes(60 * 24 * 60);
    const steps = [
      { type: 'correctionRequested', on: '2025-09-29', periodWorkingDays: 10 },
      { type: 'correctionReceived', on: '2025-10-10' },
      { type: 'consultationStarted', on: '2025-10-13', party: '某医药公司' },
      { type: 'consultationEnded', on: '2025-10-24' },
      { type: 'extended', on: '2025-11-05', workingDays: 20, approvedBy: '王主任' },
    ] as const;
    for (const step of steps) await recordApplicationEvent(s.officer, sent.applicationId, { ...step });
    const detail = await getApplication(s.officer, sent.applicationId);
    assert.equal(detail.application.dueOn, '2025-12-17');
    assert.ok(detail.explanation.some((l) => l.includes('9个工作日不计入')), detail.explanation.join('\n'));
    const status = await getApplicationStatus(s.public, sent.trackingNo, sent.queryCode);
    assert.equal(status.dueOn, '2025-12-17');
    assert.equal(status.statusLabel, '办理中');
    assert.ok(!JSON.stringify(status).includes('张三') && !JSON.stringify(status).includes('某医药公司') && !JSON.stringify(status).includes(ID));
    await recordApplicationEvent(s.officer, sent.applicationId, { type: 'answered', on: '2025-11-20', outcome: 'partial' });
    const list = await listApplications(s.officer, s.a, { status: 'closed' });
    assert.equal(list.rows[0]?.outcome, 'partial');
    assert.equal(list.rows[0]?.overdue, false);
  });

  it('refuses a second 补正, an extension beyond 20 working days or after the due date, an unknown outcome', async () => {
    const engine = await open();
    const clock = new TestClock('2026-03-31T02:00:00.000Z');
    const s = await setUp(engine, clock);
    const { application } = await registerApplication(s.officer, { agencyId: s.a, fields: FORM, receipt: { channel: 'post', on: '2026-03-02', signedFor: true } });
    assert.equal(application.dueOn, '2026-03-30');
    const invalid = (e: DomainError) => e.code === 'validation.failed';
    await assert.rejects(recordApplicationEvent(s.officer, application.id, { type: 'extended', on: '2026-03-31', workingDays: 5, approvedBy: '王主任' }), invalid);
    await recordApplicationEvent(s.officer, application.id, { type: 'extended', on: '2026-03-20', workingDays: 15, approvedBy: '王主任' });
    await assert.rejects(recordApplicationEvent(s.officer, application.id, { type: 'extended', on: '2026-03-23', workingDays: 6, approvedBy: '王主任' }), invalid);
    await assert.rejects(recordApplicationEvent(s.officer, application.id, { type: 'answered', on: '2026-03-24', outcome: 'granted.maybe' as never }), invalid);
    await assert.rejects(recordApplicationEvent(s.officer, application.id, { type: 'answered', on: '2026-04-30', outcome: 'granted' }), invalid, 'future date');
  });

  it('keeps agency B out (403), gives supervisors counts only, guards duplicates and floods', async () => {
    const engine = await open();
    const clock = new TestClock('2026-03-02T02:00:00.000Z');
    const s = await setUp(engine, clock);
    const sent = await submitOnlineApplication(s.public, { agencyId: s.a, fields: FORM, sourceKey: 'ip-1' });
    const forbidden = (e: DomainError) => e.code === 'forbidden';
    await assert.rejects(getApplication(s.other, sent.applicationId), forbidden);
    await assert.rejects(confirmReceipt(s.other, sent.applicationId, '2026-03-02'), forbidden);
    await assert.rejects(listApplications(s.other, s.a), forbidden);
    await assert.rejects(submitOnlineApplication(s.public, { agencyId: s.a, fields: FORM, sourceKey: 'ip-2' }), (e: DomainError) => e.code === 'conflict');
    for (let i = 0; i < 4; i++) await submitOnlineApplication(s.public, { agencyId: s.a, fields: { ...FORM, request: `第${i}份不同的申请内容` }, sourceKey: 'ip-1' });
    await assert.rejects(submitOnlineApplication(s.public, { agencyId: s.a, fields: { ...FORM, request: '再来一份' }, sourceKey: 'ip-1' }), (e: DomainError) => e.code === 'auth.throttled');
    await assert.rejects(submitOnlineApplication(s.public, { agencyId: s.a, fields: { ...FORM, idNumber: '110105194912310021' }, sourceKey: 'ip-3' }), (e: DomainError) => e.issues.some((i) => i.path === 'idNumber'));
    await assert.rejects(getApplicationStatus(s.public, sent.trackingNo, '00000000'), (e: DomainError) => e.code === 'not_found');
    await assert.rejects(getApplicationStatus(s.public, '20260302-000000', sent.queryCode), (e: DomainError) => e.code === 'not_found');
    const counts = await applicationCounts(s.root);
    assert.equal(counts.find((c) => c.agencyId === s.a)?.unconfirmed, 5);
    assert.ok(!JSON.stringify(counts).includes('张三'));
  });

  it('a calendar edit moves the stored due date of an open application, not of a closed one', async () => {
    const engine = await open();
    const clock = new TestClock('2026-03-10T02:00:00.000Z');
    const s = await setUp(engine, clock);
    const open1 = (await registerApplication(s.officer, { agencyId: s.a, fields: FORM, receipt: { channel: 'inPerson', on: '2026-03-02' } })).application;
    const closed = (await registerApplication(s.officer, { agencyId: s.a, fields: { ...FORM, request: '另一项申请内容' }, receipt: { channel: 'fax', on: '2026-03-02' } })).application;
    await recordApplicationEvent(s.officer, closed.id, { type: 'answered', on: '2026-03-09', outcome: 'granted' });
    assert.equal(open1.dueOn, '2026-03-30');
    await setCalendarDay(s.root, { date: '2026-03-16', kind: 'off', name: '测试假日', source: '测试' });
    const after = await listApplications(s.officer, s.a, {});
    assert.equal(after.rows.find((r) => r.id === open1.id)?.dueOn, '2026-03-31');
    assert.equal(after.rows.find((r) => r.id === closed.id)?.dueOn, '2026-03-30');
  });
});
