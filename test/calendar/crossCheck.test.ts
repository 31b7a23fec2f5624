import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedCalendarDays } from '../../src/domain/calendar/calendarDay.ts';
import { SEED_NOTICES } from '../../src/domain/calendar/data/seedSchedules.ts';
import { isWorkingDay } from '../../src/domain/calendar/workingCalendar.ts';
import { iso, referenceDays, referenceIsWorkingDay, utc } from './referenceHolidays.ts';
import { seedCalendar } from './seedCalendar.ts';

describe('seed calendar 2019–2026 against the independent reference (holiday-cn)', () => {
  it('agrees on the working status of every day 2019-01-01 … 2026-12-31', () => {
    const differences: string[] = [];
    for (const day = utc('2019-01-01'); iso(day) <= '2026-12-31'; day.setUTCDate(day.getUTCDate() + 1)) {
      const date = iso(day);
      const ours = isWorkingDay(seedCalendar, date);
      if (ours !== referenceIsWorkingDay(day)) differences.push(`${date}: ours ${ours ? 'working' : 'off'}`);
    }
    assert.deepEqual(differences, []);
  });

  it('lists every reference day off with the same holiday name, and every reference make-up weekend', () => {
    const ours = new Map(seedCalendarDays().map((d) => [d.date, d]));
    const differences: string[] = [];
    for (const ref of referenceDays().values()) {
      const mine = ours.get(ref.date);
      const weekday = utc(ref.date).getUTCDay();
      if (ref.isOffDay && (mine?.kind !== 'off' || mine.name !== ref.name)) differences.push(`${ref.date} ${ref.name}: ours ${JSON.stringify(mine)}`);
      if (!ref.isOffDay && (weekday === 0 || weekday === 6) && (mine?.kind !== 'makeup_workday' || mine.name !== ref.name)) {
        differences.push(`${ref.date} ${ref.name} 上班: ours ${JSON.stringify(mine)}`);
      }
    }
    assert.deepEqual(differences, []);
  });

  it('cites a State Council notice for every day and counts the annual working days of regulations.md §7', () => {
    const urls = new Set(SEED_NOTICES.map((n) => n.url));
    for (const day of seedCalendarDays()) assert.match(day.source, /^https?:\/\/www\.gov\.cn\/zhengce\/zhengceku\//, day.date);
    const cited = new Set(seedCalendarDays().map((d) => d.source));
    for (const url of urls) assert.ok(cited.has(url), url);
    const expected: Record<number, number> = { 2019: 250, 2020: 249, 2021: 250, 2022: 249, 2023: 249, 2024: 251, 2025: 248, 2026: 248 };
    for (const [year, count] of Object.entries(expected)) {
      let n = 0;
      for (const day = utc(`${year}-01-01`); iso(day) <= `${year}-12-31`; day.setUTCDate(day.getUTCDate() + 1)) {
        if (isWorkingDay(seedCalendar, iso(day))) n++;
      }
      // 2020: the reference lists Monday 2020-02-03 as 上班, which changes nothing.
      assert.equal(n, count, String(year));
    }
  });
});
