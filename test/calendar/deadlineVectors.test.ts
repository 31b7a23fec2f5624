import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addWorkingDays, workingDaysBetween } from '../../src/domain/calendar/arithmetic.ts';
import { dueDate } from '../../src/domain/calendar/dueDate.ts';
import { STATUTORY_RULES } from '../../src/domain/calendar/rules.ts';
import { seedCalendar } from './seedCalendar.ts';

/** regulations.md §7 "Test vectors" (start day not counted). */
const REGULATION_VECTORS: [string, number, string, string][] = [
  ['2024-12-27', 20, '2025-01-26', 'deadline lands on a make-up Sunday'],
  ['2025-01-24', 7, '2025-02-10', '补正告知 across 春节 and make-up days 1/26 and 2/8'],
  ['2025-09-26', 20, '2025-10-30', '8-day 国庆/中秋'],
  ['2025-10-30', 20, '2025-11-27', 'extension of the previous by 20 WD'],
  ['2026-02-10', 20, '2026-03-16', '9-day 春节 2026'],
  ['2026-03-16', 20, '2026-04-14', 'extension of the previous'],
  ['2026-09-18', 20, '2026-10-22', 'separate 中秋 and 国庆 in 2026'],
  ['2025-04-30', 15, '2025-05-26', 'third-party reply across 劳动节'],
];

/**
 * Every 春节 and 国庆节 2019–2026: 3 days before with 5 WD, the day before with
 * 20 WD, the last day off with 1 WD, inside the holiday with 7 WD. Expected
 * dates computed by a day-by-day walk over the reference data set (not by this code).
 */
const HOLIDAY_VECTORS: [string, number, string, string][] = [
  ['2019-02-01', 5, '2019-02-13', '2019 春节'],
  ['2019-02-03', 20, '2019-03-08', '2019 春节'],
  ['2019-02-10', 1, '2019-02-11', '2019 春节'],
  ['2019-02-06', 7, '2019-02-19', '2019 春节'],
  ['2019-09-28', 5, '2019-10-10', '2019 国庆节'],
  ['2019-09-30', 20, '2019-11-01', '2019 国庆节'],
  ['2019-10-07', 1, '2019-10-08', '2019 国庆节'],
  ['2019-10-03', 7, '2019-10-15', '2019 国庆节'],
  ['2020-01-21', 5, '2020-02-05', '2020 春节 (extended)'],
  ['2020-01-23', 20, '2020-02-28', '2020 春节 (extended)'],
  ['2020-02-02', 1, '2020-02-03', '2020 春节 (extended)'],
  ['2020-01-26', 7, '2020-02-11', '2020 春节 (extended)'],
  ['2020-09-28', 5, '2020-10-12', '2020 国庆节、中秋节'],
  ['2020-09-30', 20, '2020-11-04', '2020 国庆节、中秋节'],
  ['2020-10-08', 1, '2020-10-09', '2020 国庆节、中秋节'],
  ['2020-10-03', 7, '2020-10-16', '2020 国庆节、中秋节'],
  ['2021-02-08', 5, '2021-02-20', '2021 春节 (ends on make-up Saturday)'],
  ['2021-02-10', 20, '2021-03-16', '2021 春节'],
  ['2021-02-17', 1, '2021-02-18', '2021 春节'],
  ['2021-02-13', 7, '2021-02-25', '2021 春节'],
  ['2021-09-28', 5, '2021-10-11', '2021 国庆节'],
  ['2021-09-30', 20, '2021-11-03', '2021 国庆节'],
  ['2021-10-07', 1, '2021-10-08', '2021 国庆节'],
  ['2021-10-03', 7, '2021-10-15', '2021 国庆节'],
  ['2022-01-28', 5, '2022-02-09', '2022 春节'],
  ['2022-01-30', 20, '2022-03-04', '2022 春节'],
  ['2022-02-06', 1, '2022-02-07', '2022 春节'],
  ['2022-02-02', 7, '2022-02-15', '2022 春节'],
  ['2022-09-28', 5, '2022-10-10', '2022 国庆节'],
  ['2022-09-30', 20, '2022-11-02', '2022 国庆节'],
  ['2022-10-07', 1, '2022-10-08', '2022 国庆节 (make-up Saturday)'],
  ['2022-10-03', 7, '2022-10-14', '2022 国庆节'],
  ['2023-01-18', 5, '2023-01-30', '2023 春节'],
  ['2023-01-20', 20, '2023-02-22', '2023 春节'],
  ['2023-01-27', 1, '2023-01-28', '2023 春节 (make-up Saturday)'],
  ['2023-01-23', 7, '2023-02-03', '2023 春节'],
  ['2023-09-26', 5, '2023-10-09', '2023 中秋节、国庆节'],
  ['2023-09-28', 20, '2023-11-01', '2023 中秋节、国庆节'],
  ['2023-10-06', 1, '2023-10-07', '2023 中秋节、国庆节 (make-up Saturday)'],
  ['2023-10-01', 7, '2023-10-13', '2023 中秋节、国庆节'],
  ['2024-02-07', 5, '2024-02-20', '2024 春节'],
  ['2024-02-09', 20, '2024-03-14', '2024 春节'],
  ['2024-02-17', 1, '2024-02-18', '2024 春节 (make-up Sunday)'],
  ['2024-02-12', 7, '2024-02-26', '2024 春节'],
  ['2024-09-28', 5, '2024-10-10', '2024 国庆节'],
  ['2024-09-30', 20, '2024-11-01', '2024 国庆节'],
  ['2024-10-07', 1, '2024-10-08', '2024 国庆节'],
  ['2024-10-03', 7, '2024-10-15', '2024 国庆节'],
  ['2025-01-25', 5, '2025-02-07', '2025 春节'],
  ['2025-01-27', 20, '2025-03-03', '2025 春节'],
  ['2025-02-04', 1, '2025-02-05', '2025 春节'],
  ['2025-01-30', 7, '2025-02-12', '2025 春节'],
  ['2025-09-28', 5, '2025-10-11', '2025 国庆节、中秋节 (make-up Saturday)'],
  ['2025-09-30', 20, '2025-11-04', '2025 国庆节、中秋节'],
  ['2025-10-08', 1, '2025-10-09', '2025 国庆节、中秋节'],
  ['2025-10-03', 7, '2025-10-16', '2025 国庆节、中秋节'],
  ['2026-02-12', 5, '2026-02-26', '2026 春节'],
  ['2026-02-14', 20, '2026-03-20', '2026 春节'],
  ['2026-02-23', 1, '2026-02-24', '2026 春节'],
  ['2026-02-17', 7, '2026-03-03', '2026 春节'],
  ['2026-09-28', 5, '2026-10-10', '2026 国庆节 (make-up Saturday)'],
  ['2026-09-30', 20, '2026-11-03', '2026 国庆节'],
  ['2026-10-07', 1, '2026-10-08', '2026 国庆节'],
  ['2026-10-03', 7, '2026-10-15', '2026 国庆节'],
];

describe('working-day deadlines', () => {
  for (const [start, n, expected, why] of [...REGULATION_VECTORS, ...HOLIDAY_VECTORS]) {
    it(`${start} + ${n} WD = ${expected} (${why})`, () => {
      assert.equal(addWorkingDays(seedCalendar, start, n), expected);
      assert.equal(workingDaysBetween(seedCalendar, start, expected), n);
    });
  }

  it('counts from the day after the start (the start day is day zero), also when it is a day off', () => {
    assert.equal(addWorkingDays(seedCalendar, '2025-10-03', 0), '2025-10-03');
    assert.equal(addWorkingDays(seedCalendar, '2025-10-03', 1), '2025-10-09');
    assert.equal(addWorkingDays(seedCalendar, '2025-01-24', 1), '2025-01-26');
    assert.equal(workingDaysBetween(seedCalendar, '2025-10-30', '2025-09-26'), -20);
  });

  it('applies the statutory rules of 条例 Arts. 26, 30, 32, 33 through dueDate', () => {
    assert.equal(dueDate(seedCalendar, STATUTORY_RULES.applicationAnswer, '2025-09-26').due, '2025-10-30');
    assert.equal(dueDate(seedCalendar, STATUTORY_RULES.correctionNotice, '2025-01-24').due, '2025-02-10');
    assert.equal(dueDate(seedCalendar, STATUTORY_RULES.thirdPartyReply, '2025-04-30').due, '2025-05-26');
    assert.equal(dueDate(seedCalendar, STATUTORY_RULES.proactiveDisclosure, '2026-02-10').due, '2026-03-16');
  });

  it('rejects malformed dates, negative or fractional counts with a validation error', () => {
    for (const bad of ['2025-02-30', '2025-1-01', 'tomorrow', '1999-12-31']) {
      assert.throws(() => addWorkingDays(seedCalendar, bad, 1), { code: 'validation.failed' }, bad);
    }
    assert.throws(() => addWorkingDays(seedCalendar, '2025-01-01', -1), { code: 'validation.failed' });
    assert.throws(() => addWorkingDays(seedCalendar, '2025-01-01', 1.5), { code: 'validation.failed' });
  });
});
