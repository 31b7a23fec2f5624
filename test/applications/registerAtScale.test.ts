import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, goldenCatalog } from '../helpers/appContext.ts';
import { createUser } from '../../src/app/accounts/createUser.ts';
import { ANONYMOUS_ACTOR, getActorForUser } from '../../src/app/accounts/getActor.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { clockOptions } from '../../src/app/applications/clockOptions.ts';
import { confirmReceipt } from '../../src/app/applications/confirmReceipt.ts';
import { recordApplicationEvent } from '../../src/app/applications/recordApplicationEvent.ts';
import { registerApplication } from '../../src/app/applications/registerApplication.ts';
import { submitOnlineApplication } from '../../src/app/applications/submitOnlineApplication.ts';
import { listApplications } from '../../src/app/applications/listApplications.ts';
import { loadCalendar } from '../../src/app/calendar/loadCalendar.ts';
import { OPEN_STATUSES } from '../../src/domain/applications/status.ts';
import { chinaDateOf, type Clock } from '../../src/domain/shared/clock.ts';
import type { Engine } from '../../src/storage/database.ts';
import { setCalendarDay } from '../../src/app/calendar/setCalendarDay.ts';
import { computeAnswerClock } from '../../src/domain/applications/answerClock.ts';
import { addWorkingDays } from '../../src/domain/calendar/arithmetic.ts';
import { applicantFields } from '../../bench/applications/applicants.ts';
import { generateApplications, seededRandom, type ApplicationSpec } from '../../bench/applications/ledgers.ts';
import { seedApplications } from '../../bench/applications/seedRegister.ts';
import { registerRows } from '../../bench/applications/registerRows.ts';

const TODAY = '2026-12-07';

/** A clock the test sets to the moment each step happened. */
class SettableClock implements Clock {
  constructor(private instant: string) {}
  now() {
    return this.instant;
  }
  today() {
    return chinaDateOf(this.instant);
  }
  at(instant: string) {
    this.instant = instant;
  }
}

async function setUp(engine: Engine) {
  const clock = new SettableClock(`${TODAY}T02:00:00.000Z`);
  const root = contextFor(engine, undefined, clock);
  const { agencyId } = await loadCatalog(root, goldenCatalog('000_16624d944bb0d70d'), { publish: true });
  const user = await createUser(root, { username: 'officer', displayName: '经办人', password: 'correct horse battery', roles: ['editor'], agencyId });
  const staff = (await getActorForUser(engine.db, user.id))!;
  return { clock, agencyId, staff, officer: contextFor(engine, staff, clock), visitor: contextFor(engine, ANONYMOUS_ACTOR, clock) };
}

/** Everything stored about one application, without the ids and the query code's hash (random by design). */
async function storedRows(engine: Engine, applicationId: string) {
  const db = engine.db;
  const { id: _id, query_code_hash: _hash, ...application } = await db.selectFrom('applications').selectAll().where('id', '=', applicationId).executeTakeFirstOrThrow();
  const events = (await db.selectFrom('application_events').selectAll().where('application_id', '=', applicationId).orderBy('seq').execute()).map(({ id: _e, application_id: _a, ...e }) => e);
  const deadlines = (await db.selectFrom('deadlines').selectAll().where('subject_id', '=', applicationId).orderBy('subject_type').execute()).map(({ id: _d, subject_id: _s, ...d }) => ({ ...d, provisional: Number(d.provisional) }));
  const audits = await db.selectFrom('audit_events').select(['at', 'actor_id', 'actor_name', 'action', 'agency_id', 'summary', 'before_json', 'after_json']).where('entity_id', '=', applicationId).orderBy('id').execute();
  return { application: { ...application, provisional: Number(application.provisional) }, events, deadlines, audits };
}

describeEachEngine('the register bench writes what the use cases write', (open) => {
  it('40 generated applications: online and staff, 补正, consultations, fees, extensions, answers — row for row', async () => {
    const engine = await open();
    const s = await setUp(engine);
    const calendar = await loadCalendar({ db: engine.db });
    const specs = generateApplications({ count: 40, agencyWeights: [1], today: TODAY, calendar, seed: 12 });
    assert.ok(specs.some((x) => x.source === 'online') && specs.some((x) => x.events.length >= 3) && specs.some((x) => !x.receipt));
    // Due in 2027, whose 调休 is not loaded: provisional, which both deadline rows carry.
    assert.ok(specs.some((x) => x.receipt && computeAnswerClock(calendar, x.receipt.on, x.events).provisional));
    for (const [n, spec] of specs.entries()) {
      s.clock.at(`${spec.submittedOn}T01:00:00.000Z`);
      let id: string;
      if (spec.source === 'online') {
        id = (await submitOnlineApplication(s.visitor, { agencyId: s.agencyId, fields: spec.fields, sourceKey: `test-${n}` })).applicationId;
        s.clock.at(`${spec.receipt?.on ?? spec.submittedOn}T02:00:00.000Z`);
        if (spec.receipt) await confirmReceipt(s.officer, id, spec.receipt.on);
      } else {
        id = (await registerApplication(s.officer, { agencyId: s.agencyId, fields: spec.fields, receipt: spec.receipt!, ref: spec.ref })).application.id;
      }
      for (const [i, event] of spec.events.entries()) {
        s.clock.at(`${event.on}T03:${String(i).padStart(2, '0')}:00.000Z`);
        await recordApplicationEvent(s.officer, id, event);
      }
      const actual = await storedRows(engine, id);
      const rows = registerRows(spec, { agencyId: s.agencyId, staff: s.staff, trackingNo: actual.application.tracking_no, calendar, options: clockOptions() });
      const { id: _id, query_code_hash: _hash, ...application } = rows.application;
      assert.deepEqual(actual.application, application, `application ${n}`);
      assert.deepEqual(actual.events, rows.events.map(({ id: _e, application_id: _a, ...e }) => e), `events ${n}`);
      assert.deepEqual(actual.deadlines, rows.deadlines.map(({ id: _d, subject_id: _s, ...d }) => d).sort((a, b) => a.subject_type.localeCompare(b.subject_type)), `deadlines ${n}`);
      assert.deepEqual(actual.audits, rows.audits.map(({ entity_type: _t, entity_id: _e, ...a }) => a), `audit ${n}`);
    }
  });
});

describeEachEngine('a calendar edit over many open applications', (open) => {
  it('recomputes 600 (more than one batch): one audit event per changed deadline, due_on and the 补正 date follow, and back', async () => {
    const engine = await open();
    const s = await setUp(engine);
    const calendar = await loadCalendar({ db: engine.db });
    const random = seededRandom(5);
    // Received over the 15 working days before TODAY, no ledger yet: every answer period spans TODAY + 2 working days.
    const received = Array.from({ length: 15 }, (_, i) => addWorkingDays(calendar, '2026-11-13', i + 1));
    const specs: ApplicationSpec[] = Array.from({ length: 600 }, (_, n) => ({
      agencyIndex: 0, source: 'staff', submittedOn: received[n % 15]!, ref: null, fields: applicantFields(random, n), events: [],
      receipt: { channel: 'inPerson', on: received[n % 15]! },
    }));
    await seedApplications(engine, specs, [{ id: s.agencyId, name: '测试单位', staff: s.staff }], calendar);
    const snapshot = async () => engine.db.selectFrom('applications').select(['id', 'received_on', 'due_on', 'provisional', 'correction_notice_due']).where('agency_id', '=', s.agencyId).orderBy('id').execute();
    const before = await snapshot();
    const deadlines = async () => engine.db.selectFrom('deadlines').select(['id', 'due_date', 'provisional']).orderBy('id').execute();
    const deadlinesBefore = await deadlines();
    const day = addWorkingDays(calendar, TODAY, 2);

    const summary = await setCalendarDay(contextFor(engine, undefined, s.clock), { date: day, kind: 'off', name: '测试假日', source: '测试' });
    const edited = await loadCalendar({ db: engine.db });
    const after = await snapshot();
    for (const row of after) {
      const clock = computeAnswerClock(edited, row.received_on!, []);
      assert.deepEqual([row.due_on, Number(row.provisional), row.correction_notice_due], [clock.dueOn, clock.provisional ? 1 : 0, addWorkingDays(edited, row.received_on!, 7)], row.id);
    }
    const answerShifts = summary.shifts.filter((x) => x.subjectType === 'application');
    assert.equal(answerShifts.length, 600);
    assert.ok(answerShifts.every((x) => x.days >= 1 && x.workingDays === 1));
    const changed = (await deadlines()).filter((d, i) => d.due_date !== deadlinesBefore[i]!.due_date || Number(d.provisional) !== Number(deadlinesBefore[i]!.provisional));
    assert.deepEqual(changed.map((d) => d.id).sort(), summary.shifts.map((x) => x.id).sort(), 'exactly the changed deadlines are reported');
    const audits = await engine.db.selectFrom('audit_events').select(['entity_id', 'before_json', 'after_json']).where('action', '=', 'deadline.recomputed').orderBy('id').execute();
    assert.deepEqual(audits.map((a) => [a.entity_id, JSON.parse(a.before_json!), JSON.parse(a.after_json!)]), summary.shifts.map((x) => [x.id, x.before, x.after]));

    const back = await setCalendarDay(contextFor(engine, undefined, s.clock), { date: day, kind: null });
    assert.equal(back.shifts.length, summary.shifts.length);
    assert.deepEqual(await snapshot(), before);
  });
});

describeEachEngine('the register list read from its index', (open, engineName) => {
  it('pages of 7 add up to the whole register in its order: open first by due date, then due date, newest first, id', async () => {
    const engine = await open();
    const s = await setUp(engine);
    const calendar = await loadCalendar({ db: engine.db });
    const specs = generateApplications({ count: 300, agencyWeights: [1], today: TODAY, calendar, seed: 9 });
    await seedApplications(engine, specs, [{ id: s.agencyId, name: '测试单位', staff: s.staff }], calendar);
    const all = await engine.db.selectFrom('applications').select(['id', 'status', 'due_on', 'created_at']).execute();
    // NULL due dates (unconfirmed, awaiting 补正) sort first on SQLite and last on PostgreSQL, as before the index.
    const due = (d: string | null) => d ?? (engineName === 'sqlite' ? '' : '9999');
    const rank = (status: string) => ((OPEN_STATUSES as readonly string[]).includes(status) ? 0 : 1);
    const expected = all
      .sort((a, b) => rank(a.status) - rank(b.status) || due(a.due_on).localeCompare(due(b.due_on)) || b.created_at.localeCompare(a.created_at) || (a.id < b.id ? -1 : 1))
      .map((a) => a.id);
    const paged: string[] = [];
    for (let page = 1; page <= Math.ceil(300 / 7); page++) {
      const result = await listApplications(s.officer, s.agencyId, { page, pageSize: 7 });
      assert.equal(result.total, 300);
      paged.push(...result.rows.map((r) => r.id));
    }
    assert.deepEqual(paged, expected);
    const soon = await listApplications(s.officer, s.agencyId, { dueWithin: 10, pageSize: 500 });
    const dueBy = addWorkingDays(calendar, TODAY, 10);
    const dueSoon = await engine.db.selectFrom('applications').select('id').where('status', 'in', OPEN_STATUSES).where('due_on', '<=', dueBy).execute();
    assert.ok(soon.total > 0);
    assert.deepEqual(soon.rows.map((r) => r.id), expected.filter((id) => dueSoon.some((o) => o.id === id)));
    const overdue = await listApplications(s.officer, s.agencyId, { overdue: true, pageSize: 500 });
    assert.ok(overdue.total > 0 && overdue.rows.every((r) => r.overdue));
    assert.deepEqual(overdue.rows.map((r) => r.id), expected.filter((id) => overdue.rows.some((r) => r.id === id)));
  });
});
