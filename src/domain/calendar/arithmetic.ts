import type { LocalDate } from '../shared/clock.ts';
import { ValidationError } from '../shared/errors.ts';
import { dateParts, dayNumber, dayNumberFromParts, daysInMonth, formatDayNumber } from './localDate.ts';
import { dateAtOffset, offsetOf, type WorkingCalendar } from './workingCalendar.ts';

/**
 * Period arithmetic on the working-day calendar. Every function is O(1) on the
 * precomputed index of workingCalendar.ts.
 *
 * Counting convention: the starting day (the day of receipt or formation) is
 * day zero and is not counted — 《民法典》第二百零一条 ("开始的当日不计入，自下一日开始计算"),
 * applied by analogy because 条例 itself does not define the counting
 * (regulations.md §1.1, note after Art. 55).
 */

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > 10000) {
    throw new ValidationError(`天数应为 0–10000 的整数，收到「${n}」`);
  }
}

/**
 * The n-th working day after `start` (start itself not counted); n = 0 gives `start`.
 * E.g. 条例第三十三条: an application received on 2025-09-26 is answered by
 * `addWorkingDays(cal, '2025-09-26', 20)` = 2025-10-30.
 */
export function addWorkingDays(calendar: WorkingCalendar, start: LocalDate, n: number): LocalDate {
  assertCount(n);
  const i = offsetOf(start);
  if (n === 0) return start;
  const ordinal = calendar.cumulative[i + 1]! + n - 1;
  const offset = calendar.workingOffsets[ordinal];
  return offset === undefined ? dateAtOffset(-1) : dateAtOffset(offset);
}

/**
 * Working days after `from` up to and including `to`; negative when `to` is
 * earlier. The inverse of addWorkingDays: `workingDaysBetween(c, d, addWorkingDays(c, d, n)) === n`.
 */
export function workingDaysBetween(calendar: WorkingCalendar, from: LocalDate, to: LocalDate): number {
  return calendar.cumulative[offsetOf(to) + 1]! - calendar.cumulative[offsetOf(from) + 1]!;
}

/** `date` if it is a working day, else the first working day after it. */
export function nextWorkingDayOnOrAfter(calendar: WorkingCalendar, date: LocalDate): LocalDate {
  const i = offsetOf(date);
  const offset = calendar.workingOffsets[calendar.cumulative[i]!];
  return offset === undefined ? dateAtOffset(-1) : dateAtOffset(offset);
}

export function addCalendarDays(date: LocalDate, n: number): LocalDate {
  assertCount(n);
  return formatDayNumber(dayNumber(date) + n);
}

/**
 * 《民法典》第二百零二条: a period in months or years ends on the corresponding
 * day of the final month, or on its last day when it has no such day.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  assertCount(months);
  const { year, month, day } = dateParts(dayNumber(date));
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return formatDayNumber(dayNumberFromParts(y, m, Math.min(day, daysInMonth(y, m))));
}
