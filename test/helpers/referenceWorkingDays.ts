/**
 * An INDEPENDENT working-day source for the application tests: the State Council
 * schedules as published by NateScarlet/holiday-cn (shared/reference/holidays/*.json,
 * 2019–2026; 2027's statutory days below) plus weekends, walked one day at a time. Deliberately the slow, obvious
 * algorithm, and nothing from src/domain/calendar.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

/** The reference folder: the first ancestor of this file holding shared/reference/holidays (works from any checkout). */
function holidayFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'shared', 'reference', 'holidays');
    if (existsSync(join(candidate, '2026.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('shared/reference/holidays not found above the test helpers');
    dir = parent;
  }
}

function loadListedDays(): Map<string, boolean> {
  const folder = holidayFolder();
  const listed = new Map<string, boolean>();
  for (const year of YEARS) {
    const file = JSON.parse(readFileSync(join(folder, `${year}.json`), 'utf8')) as { days: { date: string; isOffDay: boolean }[] };
    for (const day of file.days) listed.set(day.date, day.isOffDay);
  }
  return listed;
}

/**
 * 2027, whose State Council notice is not out: only the days 《全国年节及纪念日放假办法》第二条 (2024 text)
 * fixes are off — 元旦, 春节 (除夕、正月初一至初三: 农历丁未年正月初一 is 2027-02-06), 清明 (4月5日),
 * 劳动节, 端午 (五月初五), 中秋 (八月十五), 国庆 — written out by hand from an almanac; no 调休 is guessed.
 * The application's clock calls such a period provisional (contract §2).
 */
const STATUTORY_ONLY_2027 = ['2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-04-05', '2027-05-01', '2027-05-02', '2027-06-09', '2027-09-15', '2027-10-01', '2027-10-02', '2027-10-03'];

/** date → true when the notice lists it as a day off, false when it is a make-up working day. */
const listedDays = loadListedDays();
for (const day of STATUTORY_ONLY_2027) listedDays.set(day, true);

export function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day after `date` (YYYY-MM-DD). */
export function nextDay(date: string): string {
  const day = utcDate(date);
  day.setUTCDate(day.getUTCDate() + 1);
  return isoDate(day);
}

/** `date` plus `n` calendar days (n may be negative). */
export function plusDays(date: string, n: number): string {
  const day = utcDate(date);
  day.setUTCDate(day.getUTCDate() + n);
  return isoDate(day);
}

/** Working day by the reference: listed 上班, or Monday–Friday and not listed as a day off. */
export function referenceWorkingDay(date: string): boolean {
  const listed = listedDays.get(date);
  if (listed !== undefined) return !listed;
  const weekday = utcDate(date).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The n-th working day after `start` (start is day zero), walking one day at a time. */
export function referencePlusWorkingDays(start: string, n: number): string {
  let day = start;
  let left = n;
  while (left > 0) {
    day = nextDay(day);
    if (referenceWorkingDay(day)) left--;
  }
  return day;
}
