import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addWorkingDays, workingDaysBetween } from '../../src/domain/calendar/arithmetic.ts';
import { iso, referenceAddWorkingDays, utc } from './referenceHolidays.ts';
import { seedCalendar } from './seedCalendar.ts';

/** A small seeded PRNG (mulberry32) so a failure can be reproduced from the printed seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('property: the index agrees with a day-by-day walk over the reference data', () => {
  const seed = Number(process.env.CALENDAR_SEED ?? 20250926);
  it(`10,000 random (date, n) pairs, 2019-01-01 … 2026-10-31, n ≤ 40 (seed ${seed})`, () => {
    const next = random(seed);
    const first = utc('2019-01-01').getTime();
    const days = (utc('2026-10-31').getTime() - first) / 86400000;
    for (let i = 0; i < 10000; i++) {
      const start = iso(new Date(first + Math.floor(next() * (days + 1)) * 86400000));
      const n = Math.floor(next() * 41);
      const expected = referenceAddWorkingDays(start, n);
      assert.equal(addWorkingDays(seedCalendar, start, n), expected, `${start} + ${n}`);
      assert.equal(workingDaysBetween(seedCalendar, start, expected), n, `between ${start} and ${expected}`);
    }
  });
});
