import assert from 'node:assert/strict';
import { it } from 'node:test';
import { databaseAuditLog } from '../../src/app/audit.ts';
import type { AppContext } from '../../src/app/context.ts';
import { importHolidayNotice } from '../../src/app/calendar/importHolidayNotice.ts';
import { loadCalendar } from '../../src/app/calendar/loadCalendar.ts';
import { recordDeadline } from '../../src/app/calendar/recordDeadline.ts';
import { setCalendarDay } from '../../src/app/calendar/setCalendarDay.ts';
import { SYSTEM_ACTOR, type Actor } from '../../src/domain/accounts/roles.ts';
import { addWorkingDays } from '../../src/domain/calendar/arithmetic.ts';
import { seedCalendarDays } from '../../src/domain/calendar/calendarDay.ts';
import { STATUTORY_RULES } from '../../src/domain/calendar/rules.ts';
import { fixedClock } from '../../src/domain/shared/clock.ts';
import type { Engine } from '../../src/storage/database.ts';
import { listCalendarDays } from '../../src/storage/repositories/calendar.repository.ts';
import { findDeadline } from '../../src/storage/repositories/deadline.repository.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { NOTICE_2027_SAMPLE } from './noticeTexts.ts';

function context(engine: Engine, actor: Actor = SYSTEM_ACTOR): AppContext {
  const clock = fixedClock('2026-11-20T02:00:00Z');
  return { actor, db: engine.db, clock, audit: databaseAuditLog(clock) };
}

const auditActions = async (engine: Engine, entityId: string) =>
  (await engine.db.selectFrom('audit_events').select('action').where('entity_id', '=', entityId).orderBy('at').execute()).map((r) => r.action);

describeEachEngine('calendar storage and deadlines', (open) => {
  it('has the seed calendar after migration, so a fresh database computes 2025-09-26 + 20 = 2025-10-30', async () => {
    const engine = await open();
    const stored = await listCalendarDays(engine.db);
    assert.deepEqual(
      stored.map(({ date, kind, name, source, noticeYear }) => ({ date, kind, name, source, noticeYear })),
      seedCalendarDays(),
    );
    const calendar = await loadCalendar({ db: engine.db });
    assert.deepEqual(calendar.loadedYears, [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    assert.equal(addWorkingDays(calendar, '2025-09-26', 20), '2025-10-30');
  });

  it('recomputes only the deadlines an admin correction moves, with one audit event each, and reverts', async () => {
    const engine = await open();
    const ctx = context(engine);
    const rule = STATUTORY_RULES.applicationAnswer;
    const hit = await recordDeadline(ctx, { subjectType: 'application', subjectId: 'A1', label: '答复期限', rule, startDate: '2025-09-26' });
    const untouched = await recordDeadline(ctx, { subjectType: 'application', subjectId: 'A2', label: '答复期限', rule, startDate: '2025-10-20' });
    assert.deepEqual([hit.dueDate, hit.provisional, hit.warning], ['2025-10-30', false, null]);

    const summary = await setCalendarDay(ctx, { date: '2025-10-20', kind: 'off', name: '临时休假', source: '测试通知' });
    assert.equal(summary.moved, 1);
    assert.deepEqual(summary.shifts.map((s) => [s.id, s.before.due, s.after.due, s.days, s.workingDays]), [[hit.id, '2025-10-30', '2025-10-31', 1, 1]]);
    assert.match(summary.text, /1 个截止日期变动（1 个推迟 1 天）/);
    assert.equal((await findDeadline(engine.db, hit.id))?.dueDate, '2025-10-31');
    assert.equal((await findDeadline(engine.db, untouched.id))?.dueDate, untouched.dueDate);
    assert.deepEqual(await auditActions(engine, hit.id), ['deadline.recorded', 'deadline.recomputed']);
    assert.deepEqual(await auditActions(engine, untouched.id), ['deadline.recorded']);
    assert.deepEqual(await auditActions(engine, '2025-10-20'), ['calendar.day_set']);

    const back = await setCalendarDay(ctx, { date: '2025-10-20', kind: null });
    assert.deepEqual(back.shifts.map((s) => s.days), [-1]);
    assert.equal((await findDeadline(engine.db, hit.id))?.dueDate, '2025-10-30');
  });

  it('imports a 2027 notice: preview saves nothing; confirming settles and moves the provisional deadlines', async () => {
    const engine = await open();
    const ctx = context(engine);
    const early = await recordDeadline(ctx, { subjectType: 'document', subjectId: 'D1', label: '主动公开', rule: STATUTORY_RULES.proactiveDisclosure, startDate: '2026-12-15' });
    // 20 working days after 2026-12-15 skip 元旦 2027-01-01 (law, 第二条) even before the notice: 01-13.
    assert.deepEqual([early.dueDate, early.provisional], ['2027-01-13', true]);
    assert.match(early.warning!, /^2027年的调休安排尚未公布/);
    // Over 春节 2027 (除夕 02-05 Fri, 初一 02-06): the law alone gives 02-05 and 02-08 off, so 20 working days after
    // 2027-01-25 end on 02-24 (01-26…29, 02-01…04, 02-09…12, 02-15…19, 02-22…24); the sample notice adds 02-09…12 off
    // and the 调休上班 days 01-31 and 02-20 (01-26…29, 01-31, 02-01…04, 02-15…19, 02-20, 02-22…26): 02-26, two days later.
    const spring = await recordDeadline(ctx, { subjectType: 'document', subjectId: 'D2', label: '主动公开', rule: STATUTORY_RULES.proactiveDisclosure, startDate: '2027-01-25' });
    assert.deepEqual([spring.dueDate, spring.provisional], ['2027-02-24', true]);

    const preview = await importHolidayNotice(ctx, { text: NOTICE_2027_SAMPLE, confirm: false });
    assert.equal(preview.saved, false);
    assert.equal(preview.preview.added.length, 13);
    assert.equal((await listCalendarDays(engine.db, 2027)).length, 0);

    const saved = await importHolidayNotice(ctx, { text: NOTICE_2027_SAMPLE, confirm: true, source: 'https://www.gov.cn/example-2027' });
    assert.equal(saved.saved, true);
    if (!saved.saved) return;
    assert.deepEqual([saved.recompute.moved, saved.recompute.settled], [1, 2]);
    // The notice's 元旦 (01-01 to 01-03, no 调休) is the law's day plus a weekend: the date stays, now final.
    const after = await findDeadline(engine.db, early.id);
    assert.deepEqual([after?.dueDate, after?.provisional], ['2027-01-13', false]);
    const springAfter = await findDeadline(engine.db, spring.id);
    assert.deepEqual([springAfter?.dueDate, springAfter?.provisional], ['2027-02-26', false]);
    assert.equal((await listCalendarDays(engine.db, 2027)).every((d) => d.source === 'https://www.gov.cn/example-2027'), true);
    assert.deepEqual(await auditActions(engine, '2027'), ['calendar.notice_imported']);

    const again = await importHolidayNotice(ctx, { text: NOTICE_2027_SAMPLE, confirm: false });
    assert.deepEqual([again.preview.replacesYear, again.preview.added.length, again.preview.changed.length], [true, 0, 0]);
  });

  it('lets only a system admin edit the calendar, and leaves it unchanged on refusal', async () => {
    const engine = await open();
    const editor: Actor = { id: 'u1', name: '填表人', roles: ['editor', 'agency_admin'], agencyId: 'a1', regionId: null };
    await assert.rejects(setCalendarDay(context(engine, editor), { date: '2025-10-20', kind: 'off', name: 'x', source: 'y' }), { code: 'forbidden' });
    await assert.rejects(importHolidayNotice(context(engine, editor), { text: NOTICE_2027_SAMPLE, confirm: true }), { code: 'forbidden' });
    await assert.rejects(setCalendarDay(context(engine), { date: '2025-10-21', kind: 'makeup_workday', name: 'x', source: 'y' }), { code: 'validation.failed' });
    await assert.rejects(setCalendarDay(context(engine), { date: '2027-10-01', kind: 'off', name: '国庆节', source: 'y' }), /2027年节假日安排尚未导入/);
    assert.equal((await listCalendarDays(engine.db)).length, seedCalendarDays().length);
  });
});
