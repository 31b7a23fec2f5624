import type { LocalDate } from '../shared/clock.ts';
import { ValidationError } from '../shared/errors.ts';

/**
 * `YYYY-MM-DD` ⇄ day numbers (days since 1970-01-01). Statutory periods are
 * counted in whole days of China time, so plain proleptic-Gregorian arithmetic
 * without time zones is exact. Parsing is hand-written (no `Date`) because it
 * sits in the hot path of every deadline computation.
 */

const DIGIT_0 = 48;

function digit(text: string, at: number): number {
  const d = text.charCodeAt(at) - DIGIT_0;
  return d >= 0 && d <= 9 ? d : -1000;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil). */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day number of a `YYYY-MM-DD` string, or NaN when it is not a real date. */
export function tryDayNumber(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return NaN;
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const month = digit(date, 5) * 10 + digit(date, 6);
  const day = digit(date, 8) * 10 + digit(date, 9);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return dayNumberFromParts(year, month, day);
}

export function isLocalDate(text: string): boolean {
  return !Number.isNaN(tryDayNumber(text));
}

/** The day number of a date; a malformed date is a one-line validation error. */
export function dayNumber(date: string): number {
  const n = tryDayNumber(date);
  if (Number.isNaN(n)) throw new ValidationError(`日期格式错误：「${date}」应为 YYYY-MM-DD 形式的真实日期`);
  return n;
}

/** The civil date of a day number (H. Hinnant's civil_from_days). */
export function dateParts(n: number): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function formatDayNumber(n: number): LocalDate {
  const { year, month, day } = dateParts(n);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

export const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

export function weekdayName(date: LocalDate): string {
  return WEEKDAY_NAMES[weekdayOfDayNumber(dayNumber(date))]!;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return formatDayNumber(dayNumber(date) + days);
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}
