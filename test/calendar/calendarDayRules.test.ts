import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths } from '../../src/domain/calendar/arithmetic.ts';
import { dueDate } from '../../src/domain/calendar/dueDate.ts';
import { buildWorkingCalendar } from '../../src/domain/calendar/workingCalendar.ts';
import { seedCalendar } from './seedCalendar.ts';

describe('calendar-day, month, fixed-date and unknown-year rules', () => {
  it('moves a calendar-day period ending on a day off to the next working day (《民法典》第二百零三条)', () => {
    const rule = { trigger: 'fiscal_approval', amount: 20, unit: 'calendar_day' } as const;
    // 2025-09-12 + 20 days = 2025-10-02 (国庆) → 2025-10-09.
    const moved = dueDate(seedCalendar, rule, '2025-09-12');
    assert.deepEqual([moved.due, moved.movedFrom], ['2025-10-09', '2025-10-02']);
    // 2025-03-01 + 20 days = 2025-03-21, a Friday: not moved.
    const plain = dueDate(seedCalendar, rule, '2025-03-01');
    assert.deepEqual([plain.due, plain.movedFrom], ['2025-03-21', null]);
    // Ending on a Saturday moves to Monday; ending on a make-up Sunday stays.
    assert.equal(dueDate(seedCalendar, rule, '2025-05-04').due, '2025-05-26');
    assert.equal(dueDate(seedCalendar, rule, '2025-01-06').due, '2025-01-26');
  });

  it('ends month periods on the corresponding day or the month end (《民法典》第二百零二条)', () => {
    assert.equal(addMonths('2024-08-31', 6), '2025-02-28');
    assert.equal(addMonths('2023-08-31', 6), '2024-02-29');
    assert.equal(addMonths('2025-11-15', 3), '2026-02-15');
    assert.equal(dueDate(seedCalendar, { trigger: 'unstated', amount: 6, unit: 'month' }, '2025-08-15').due, '2026-02-24');
    assert.equal(dueDate(seedCalendar, { trigger: 'unstated', amount: 1, unit: 'year' }, '2025-01-28').due, '2026-01-28');
  });

  it('gives fixed yearly dates in the same year, or the next once passed; immediate is the same day; standing has none', () => {
    const annual = { trigger: 'yearly_date', month: 1, day: 31 } as const;
    assert.equal(dueDate(seedCalendar, annual, '2025-01-10').due, '2025-01-31');
    assert.equal(dueDate(seedCalendar, annual, '2025-02-01').due, '2026-01-31');
    assert.equal(dueDate(seedCalendar, { trigger: 'immediate' }, '2025-10-03').due, '2025-10-03');
    assert.equal(dueDate(seedCalendar, { trigger: 'standing' }, '2025-10-03').due, null);
    assert.equal(dueDate(seedCalendar, { trigger: 'recurring', every: 'quarter' }, '2025-05-03').due, '2025-06-30');
    assert.equal(dueDate(seedCalendar, { trigger: 'recurring', every: 'quarter', amount: 10, unit: 'working_day' }, '2025-09-03').due, '2025-10-21');
  });

  it('counts weekdays in a year without a notice and marks the result provisional, naming the year', () => {
    const rule = { trigger: 'formed_or_changed', amount: 20, unit: 'working_day' } as const;
    const into2027 = dueDate(seedCalendar, rule, '2026-12-15');
    // 20 working days after 2026-12-15: 12-16…18 (3), 12-21…25 (8), 12-28…31 (12), 2027-01-01 is 元旦 by
    // 《全国年节及纪念日放假办法》第二条 even without the 2027 notice, 01-04…08 (17), 01-11…13 (20).
    assert.equal(into2027.due, '2027-01-13');
    assert.deepEqual([into2027.provisional, into2027.unknownYears], [true, [2027]]);
    // 29–31 December may still be moved by the next year's notice (元旦 2019 began on 2018-12-30).
    assert.deepEqual(dueDate(seedCalendar, rule, '2026-12-01').unknownYears, [2027]);
    assert.deepEqual(dueDate(seedCalendar, rule, '2026-11-30').unknownYears, []);
    assert.equal(dueDate(seedCalendar, rule, '2026-11-20').provisional, false);
    assert.deepEqual(dueDate(seedCalendar, rule, '2018-12-01').unknownYears, [2018]);
    const empty = buildWorkingCalendar([]);
    // Without any notice only the law's days are off: 国庆节 10-01…03 and 中秋节 10-06 (农历八月十五, a Monday), so
    // 09-29, 09-30 (2), 10-07…10 (6), 10-13…17 (11), 10-20…24 (16), 10-27…30 (20); no 调休 Saturday 10-11 is counted.
    assert.deepEqual(dueDate(empty, rule, '2025-09-26'), { start: '2025-09-26', due: '2025-10-30', movedFrom: null, provisional: true, unknownYears: [2025] });
  });
});
