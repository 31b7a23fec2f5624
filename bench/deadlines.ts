/**
 * Deadline throughput on one core: addWorkingDays, workingDaysBetween and
 * dueDate(rule, eventDate) over random (date, n) pairs 2019–2026, on the seed
 * calendar. Target (issue 4): ≥ 1,000,000 computations per second.
 * Run: node --import tsx bench/deadlines.ts   (or npm run bench -- bench/deadlines.ts)
 */
import { addWorkingDays, workingDaysBetween } from '../src/domain/calendar/arithmetic.ts';
import { seedCalendarDays } from '../src/domain/calendar/calendarDay.ts';
import { dueDate } from '../src/domain/calendar/dueDate.ts';
import { formatDayNumber, dayNumber } from '../src/domain/calendar/localDate.ts';
import { STATUTORY_RULES } from '../src/domain/calendar/rules.ts';
import { buildWorkingCalendar } from '../src/domain/calendar/workingCalendar.ts';

const N = 1_000_000;
const ROUNDS = 5;

const buildStart = performance.now();
const calendar = buildWorkingCalendar(seedCalendarDays());
const buildMs = performance.now() - buildStart;

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const first = dayNumber('2019-01-01');
const span = dayNumber('2026-10-31') - first;
const starts = Array.from({ length: N }, () => formatDayNumber(first + Math.floor(random() * span)));
const counts = Array.from({ length: N }, () => 1 + Math.floor(random() * 40));
const dues = starts.map((s, i) => addWorkingDays(calendar, s, counts[i]!));

function measure(name: string, work: () => number): void {
  const rates: number[] = [];
  let check = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const t = performance.now();
    check += work();
    rates.push(N / ((performance.now() - t) / 1000));
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(ROUNDS / 2)]!;
  console.log(`${name.padEnd(34)} median ${(median / 1e6).toFixed(2)} M/s  (min ${(rates[0]! / 1e6).toFixed(2)}, max ${(rates.at(-1)! / 1e6).toFixed(2)})  check ${check % 997}`);
}

console.log(`index build (2000–2099, seed calendar): ${buildMs.toFixed(1)} ms; ${N.toLocaleString('en')} pairs × ${ROUNDS} rounds`);
measure('addWorkingDays(date, n)', () => {
  let x = 0;
  for (let i = 0; i < N; i++) x += addWorkingDays(calendar, starts[i]!, counts[i]!).length;
  return x;
});
measure('workingDaysBetween(from, to)', () => {
  let x = 0;
  for (let i = 0; i < N; i++) x += workingDaysBetween(calendar, starts[i]!, dues[i]!);
  return x;
});
measure('dueDate(条例第三十三条, date)', () => {
  let x = 0;
  for (let i = 0; i < N; i++) x += dueDate(calendar, STATUTORY_RULES.applicationAnswer, starts[i]!).provisional ? 1 : 2;
  return x;
});
