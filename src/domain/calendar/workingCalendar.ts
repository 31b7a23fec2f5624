import type { LocalDate } from '../shared/clock.ts';
import { ValidationError } from '../shared/errors.ts';
import type { CalendarDay } from './calendarDay.ts';
import { dateParts, dayNumberFromParts, formatDayNumber, tryDayNumber, weekdayOfDayNumber } from './localDate.ts';
import { statutoryHolidays, type StatutoryHoliday } from './statutoryHolidays.ts';

/**
 * The working-day calendar with a precomputed index, so that every deadline is
 * O(1) array look-ups and no day-by-day walk:
 *
 * - `cumulative[i]`: working days in the first i days of the range;
 * - `workingOffsets[k]`: the offset of the k-th working day;
 * - `unsettledCumulative[i]`: days in the first i days whose status is not yet
 *   fixed by a loaded notice (their year's notice — or, for 29–31 December, the
 *   next year's notice, which may move 元旦 into them — is missing).
 *
 * Days in years without a loaded notice count Monday–Friday as working days,
 * except the statutory holidays of 《全国年节及纪念日放假办法》第二条, which are
 * days off every year (statutoryHolidays.ts); only the notice's 调休 and bridging
 * days are unknown, so any deadline that touches such a year is provisional
 * (see `unknownYearsIn`).
 */

export const FIRST_SUPPORTED_YEAR = 2000;
export const LAST_SUPPORTED_YEAR = 2099;
/** From this day of December the next year's notice may already decide a day (元旦 2019 began 2018-12-30, 调休 on 12-29). */
export const LATE_DECEMBER_FROM = 29;

const BASE = dayNumberFromParts(FIRST_SUPPORTED_YEAR, 1, 1);
const SIZE = dayNumberFromParts(LAST_SUPPORTED_YEAR + 1, 1, 1) - BASE;

let labels: LocalDate[] | undefined;
/** Every supported date as text, built once: formatting is then a look-up. */
export function dateLabels(): LocalDate[] {
  labels ??= Array.from({ length: SIZE }, (_, i) => formatDayNumber(BASE + i));
  return labels;
}

export interface WorkingCalendar {
  /** Days off and make-up workdays by date. */
  readonly days: ReadonlyMap<LocalDate, CalendarDay>;
  /** Statutory holidays of the years without a loaded notice, counted as days off (no 调休 known). */
  readonly statutoryOnly: ReadonlyMap<LocalDate, StatutoryHoliday>;
  /** Years whose State Council notice is loaded, ascending. */
  readonly loadedYears: readonly number[];
  readonly cumulative: Int32Array;
  readonly workingOffsets: Int32Array;
  readonly unsettledCumulative: Int32Array;
}

export function buildWorkingCalendar(calendarDays: readonly CalendarDay[]): WorkingCalendar {
  const days = new Map(calendarDays.map((d) => [d.date, d]));
  const loaded = new Set(calendarDays.map((d) => d.noticeYear));
  const statutoryOnly = statutoryHolidaysOfUnloadedYears(loaded, days);
  const names = dateLabels();
  const cumulative = new Int32Array(SIZE + 1);
  const unsettledCumulative = new Int32Array(SIZE + 1);
  const offsets: number[] = [];
  for (let i = 0; i < SIZE; i++) {
    const special = days.get(names[i]!);
    const weekday = weekdayOfDayNumber(BASE + i);
    const working = special ? special.kind === 'makeup_workday' : weekday !== 0 && weekday !== 6 && !statutoryOnly.has(names[i]!);
    if (working) offsets.push(i);
    cumulative[i + 1] = cumulative[i]! + (working ? 1 : 0);
    unsettledCumulative[i + 1] = unsettledCumulative[i]! + (isSettled(BASE + i, loaded) ? 0 : 1);
  }
  return {
    days,
    statutoryOnly,
    loadedYears: [...loaded].sort((a, b) => a - b),
    cumulative,
    workingOffsets: Int32Array.from(offsets),
    unsettledCumulative,
  };
}

/** The law's holidays of every supported year whose notice is missing, unless a stored row already decides the day. */
function statutoryHolidaysOfUnloadedYears(loaded: ReadonlySet<number>, days: ReadonlyMap<LocalDate, CalendarDay>) {
  const holidays = new Map<LocalDate, StatutoryHoliday>();
  for (let year = FIRST_SUPPORTED_YEAR; year <= LAST_SUPPORTED_YEAR; year++) {
    if (loaded.has(year)) continue;
    for (const h of statutoryHolidays(year)) if (!days.has(h.date)) holidays.set(h.date, h);
  }
  return holidays;
}

function isSettled(n: number, loaded: ReadonlySet<number>): boolean {
  const { year, month, day } = dateParts(n);
  if (!loaded.has(year)) return false;
  return !(month === 12 && day >= LATE_DECEMBER_FROM && !loaded.has(year + 1));
}

/** The offset of a date in the index; outside 2000–2099 or malformed is a validation error. */
export function offsetOf(date: LocalDate): number {
  const offset = tryDayNumber(date) - BASE;
  if (offset >= 0 && offset < SIZE) return offset;
  if (Number.isNaN(offset)) throw new ValidationError(`日期格式错误：「${date}」应为 YYYY-MM-DD 形式的真实日期`);
  throw new ValidationError(`日期 ${date} 超出支持范围（${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}年）`);
}

export function dateAtOffset(offset: number): LocalDate {
  const label = dateLabels()[offset];
  if (label === undefined) throw new ValidationError(`计算结果超出支持范围（${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}年）`);
  return label;
}

export function isWorkingDay(calendar: WorkingCalendar, date: LocalDate): boolean {
  const i = offsetOf(date);
  return calendar.cumulative[i + 1]! > calendar.cumulative[i]!;
}

/**
 * The years whose missing notice makes the days after `from` up to `to`
 * (inclusive) uncertain; empty when every such day is fixed by a loaded notice.
 */
export function unknownYearsIn(calendar: WorkingCalendar, from: LocalDate, to: LocalDate): number[] {
  const a = offsetOf(from) + 1;
  const b = offsetOf(to) + 1;
  if (b <= a || calendar.unsettledCumulative[b]! === calendar.unsettledCumulative[a]!) return [];
  const loaded = new Set(calendar.loadedYears);
  const years: number[] = [];
  // Year y's notice governs (y-1)-12-29 … y-12-31; report it when that overlaps (from, to].
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)) + 1; y++) {
    if (!loaded.has(y) && `${y - 1}-12-${LATE_DECEMBER_FROM}` <= to && `${y}-12-31` > from) years.push(y);
  }
  return years;
}
