import type { LocalDate } from '../shared/clock.ts';
import { ValidationError } from '../shared/errors.ts';
import { dayNumberFromParts, formatDayNumber } from './localDate.ts';
import { lunarNewYearsEve, lunarToDayNumber, qingmingDayOfApril } from './lunarCalendar.ts';

/**
 * The holidays 《全国年节及纪念日放假办法》第二条 fixes by law for every year —
 * the days themselves, before any State Council notice adds 调休 and bridging
 * days (which only the yearly notice decides). Versions of 第二条:
 * - 2025 on (amended 2024-11-10, in force 2025-01-01): 元旦 1月1日; 春节 农历除夕、正月初一至初三;
 *   清明节 清明当日; 劳动节 5月1日、2日; 端午节 农历五月初五; 中秋节 农历八月十五; 国庆节 10月1日至3日;
 * - 2014–2024 (amended 2013-12-11): 春节 正月初一至初三 and 劳动节 5月1日, the rest as above;
 * - 2008–2013 (amended 2007-12-14): 春节 除夕、正月初一、初二, the rest as 2014–2024;
 * - 2000–2007 (1999 version): 新年 1月1日; 春节 正月初一至初三; 劳动节 5月1日至3日; 国庆节 10月1日至3日.
 * See ../shared/reference/regulations.md §7 (rule changes of 2025).
 */

export interface StatutoryHoliday {
  date: LocalDate;
  /** The holiday as 第二条 names it (元旦, 春节 …). */
  name: string;
}

export const STATUTORY_HOLIDAY_LAW = '《全国年节及纪念日放假办法》';
export const STATUTORY_HOLIDAY_SOURCE = `${STATUTORY_HOLIDAY_LAW}第二条`;
export const FIRST_STATUTORY_YEAR = 2000;
export const LAST_STATUTORY_YEAR = 2099;

type Rule = (year: number) => number[];

const solar = (month: number, ...days: number[]): Rule => (year) => days.map((d) => dayNumberFromParts(year, month, d));
const lunar = (month: number, day: number): Rule => (year) => [lunarToDayNumber(year, month, day)];
const springFestival = (withEve: boolean, lastDay: number): Rule => (year) => {
  const eve = lunarNewYearsEve(year);
  return Array.from({ length: lastDay + (withEve ? 1 : 0) }, (_, i) => eve + (withEve ? i : i + 1));
};
const qingming: Rule = (year) => [dayNumberFromParts(year, 4, qingmingDayOfApril(year))];

/** 第二条 by the first year each version applies, newest first. */
const VERSIONS: readonly { from: number; holidays: readonly [string, Rule][] }[] = [
  {
    from: 2025,
    holidays: [['元旦', solar(1, 1)], ['春节', springFestival(true, 3)], ['清明节', qingming], ['劳动节', solar(5, 1, 2)],
      ['端午节', lunar(5, 5)], ['中秋节', lunar(8, 15)], ['国庆节', solar(10, 1, 2, 3)]],
  },
  {
    from: 2014,
    holidays: [['元旦', solar(1, 1)], ['春节', springFestival(false, 3)], ['清明节', qingming], ['劳动节', solar(5, 1)],
      ['端午节', lunar(5, 5)], ['中秋节', lunar(8, 15)], ['国庆节', solar(10, 1, 2, 3)]],
  },
  {
    from: 2008,
    holidays: [['元旦', solar(1, 1)], ['春节', springFestival(true, 2)], ['清明节', qingming], ['劳动节', solar(5, 1)],
      ['端午节', lunar(5, 5)], ['中秋节', lunar(8, 15)], ['国庆节', solar(10, 1, 2, 3)]],
  },
  {
    from: 2000,
    holidays: [['元旦', solar(1, 1)], ['春节', springFestival(false, 3)], ['劳动节', solar(5, 1, 2, 3)], ['国庆节', solar(10, 1, 2, 3)]],
  },
];

/** Every statutory holiday date of a Gregorian year 2000–2099, in date order. */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  const version = VERSIONS.find((v) => year >= v.from);
  if (!version || year > LAST_STATUTORY_YEAR || !Number.isInteger(year)) {
    throw new ValidationError(`法定节假日仅支持 ${FIRST_STATUTORY_YEAR}–${LAST_STATUTORY_YEAR} 年，收到 ${year}`);
  }
  return version.holidays
    .flatMap(([name, rule]) => rule(year).map((n) => ({ date: formatDayNumber(n), name })))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** The names of the statutory holidays of some years, each once, in the order of the year ("元旦、春节…"). */
export function statutoryHolidayNames(years: readonly number[]): string[] {
  return [...new Set(years.filter((y) => y >= FIRST_STATUTORY_YEAR && y <= LAST_STATUTORY_YEAR).flatMap((y) => statutoryHolidays(y).map((h) => h.name)))];
}
