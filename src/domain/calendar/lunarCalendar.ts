import { ValidationError } from '../shared/errors.ts';
import { LUNAR_TABLE_EPOCH, LUNAR_TABLE_FIRST_YEAR, LUNAR_YEARS } from './data/lunarYears.ts';
import { dayNumberFromParts } from './localDate.ts';

/**
 * Chinese lunisolar dates (农历) and the 清明 solar term as day numbers (days
 * since 1970-01-01), for the statutory holidays of 《全国年节及纪念日放假办法》.
 * Pure table look-ups on data/lunarYears.ts; no runtime dependency.
 */

const LAST_LUNAR_YEAR = LUNAR_TABLE_FIRST_YEAR + LUNAR_YEARS.length - 1;

function infoOf(lunarYear: number): number {
  const info = LUNAR_YEARS[lunarYear - LUNAR_TABLE_FIRST_YEAR];
  if (info === undefined) throw new ValidationError(`农历年份 ${lunarYear} 超出支持范围（${LUNAR_TABLE_FIRST_YEAR}–${LAST_LUNAR_YEAR}年）`);
  return info;
}

/** Days of regular month `month` (1–12) of a lunar year. */
function monthLength(info: number, month: number): number {
  return info & (0x10000 >> month) ? 30 : 29;
}

/** The leap month's number (0 = none) and its length. */
function leapMonth(info: number): { month: number; days: number } {
  const month = info & 0xf;
  return { month, days: month === 0 ? 0 : info & 0x10000 ? 30 : 29 };
}

function yearLength(info: number): number {
  let days = leapMonth(info).days;
  for (let m = 1; m <= 12; m++) days += monthLength(info, m);
  return days;
}

let newYears: number[] | undefined;
/** Day numbers of 正月初一 of every lunar year in the table, built once. */
function lunarNewYears(): number[] {
  if (newYears) return newYears;
  const [y, m, d] = LUNAR_TABLE_EPOCH;
  const list = [dayNumberFromParts(y, m, d)];
  for (const info of LUNAR_YEARS) list.push(list.at(-1)! + yearLength(info));
  newYears = list;
  return list;
}

/**
 * The day number of day `day` of regular (non-leap) month `month` of lunar year
 * `lunarYear`; a leap month with the same number comes after the regular one
 * (端午 in a year with 闰五月 is in the first 五月).
 */
export function lunarToDayNumber(lunarYear: number, month: number, day: number): number {
  const info = infoOf(lunarYear);
  const leap = leapMonth(info);
  let n = lunarNewYears()[lunarYear - LUNAR_TABLE_FIRST_YEAR]!;
  for (let m = 1; m < month; m++) n += monthLength(info, m) + (m === leap.month ? leap.days : 0);
  return n + day - 1;
}

/** The day number of 除夕, the last day of lunar year `lunarYear - 1`, i.e. the eve of 正月初一 of `lunarYear`. */
export function lunarNewYearsEve(lunarYear: number): number {
  return lunarToDayNumber(lunarYear, 1, 1) - 1;
}

/**
 * The April day of 清明 (solar longitude 15°) in a Gregorian year 1901–2099, by the
 * well-known "寿星" formula ⌊Y·D + C⌋ − ⌊Y/4⌋ (Y = year mod 100, D = 0.2422,
 * C = 4.81 in the 21st century, 5.59 in the 20th). test/calendar/statutoryHolidays.test.ts
 * checks it against the notices' 清明 of 2008–2026 and against `chinese-days` for every year 1901–2099.
 */
export function qingmingDayOfApril(year: number): number {
  if (year < 1901 || year > 2099) throw new ValidationError(`清明日期仅支持 1901–2099 年，收到 ${year}`);
  const y = year % 100;
  const c = year >= 2000 ? 4.81 : 5.59;
  return Math.floor(y * 0.2422 + c) - Math.floor(y / 4);
}
