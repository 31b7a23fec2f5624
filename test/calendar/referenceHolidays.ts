/**
 * The INDEPENDENT reference data (NateScarlet/holiday-cn in ../shared/reference/holidays/),
 * read only by tests to cross-check the project's own calendar, and a plain
 * day-by-day walk over it — deliberately the slow, obvious algorithm.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../../../shared/reference/holidays/', import.meta.url));

export interface ReferenceDay {
  name: string;
  date: string;
  isOffDay: boolean;
}

export function referenceDays(years: readonly number[] = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]): Map<string, ReferenceDay> {
  const days = new Map<string, ReferenceDay>();
  for (const year of years) {
    const file = JSON.parse(readFileSync(`${folder}${year}.json`, 'utf8')) as { days: ReferenceDay[] };
    for (const day of file.days) days.set(day.date, day);
  }
  return days;
}

const reference = referenceDays();

/** Working day per the reference: listed as 上班, or Monday–Friday and not listed as a day off. */
export function referenceIsWorkingDay(date: Date): boolean {
  const listed = reference.get(iso(date));
  if (listed) return !listed.isOffDay;
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

export function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The n-th working day after `start`, walking one day at a time. */
export function referenceAddWorkingDays(start: string, n: number): string {
  const day = utc(start);
  let left = n;
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (referenceIsWorkingDay(day)) left--;
  }
  return iso(day);
}
