import type { LocalDate } from '../shared/clock.ts';
import { ValidationError } from '../shared/errors.ts';
import { SEED_ARRANGEMENTS, SEED_NOTICES, type HolidayArrangement } from './data/seedSchedules.ts';
import { dayNumber, formatDayNumber, isLocalDate, weekdayOfDayNumber } from './localDate.ts';

/**
 * One day that departs from the Monday–Friday week: a day off (放假) or a
 * make-up workday (调休上班) on a weekend. Every other day is a working day if and
 * only if it is Monday–Friday.
 */
export type CalendarDayKind = 'off' | 'makeup_workday';

export interface CalendarDay {
  date: LocalDate;
  kind: CalendarDayKind;
  /** The holiday it belongs to, as the notice names it (春节, 国庆节、中秋节 …). */
  name: string;
  /** The notice (URL or title) the day comes from, or who corrected it. */
  source: string;
  /** The year of the notice that defines it; late-December days belong to the next year's notice. */
  noticeYear: number;
}

export const DAY_KIND_LABELS: Record<CalendarDayKind, string> = { off: '放假', makeup_workday: '调休上班' };

/** Every day of one arrangement (a 放假 range and its 调休上班 days). */
export function expandArrangement(arrangement: HolidayArrangement, source: string): CalendarDay[] {
  const days: CalendarDay[] = [];
  const base = { name: arrangement.name, source: arrangement.source ?? source, noticeYear: arrangement.year };
  for (let n = dayNumber(arrangement.off[0]); n <= dayNumber(arrangement.off[1]); n++) {
    days.push({ ...base, date: formatDayNumber(n), kind: 'off' });
  }
  for (const date of arrangement.makeup) days.push({ ...base, date, kind: 'makeup_workday' });
  return days;
}

/** The seed calendar 2019–2026 from the project's data file, sorted by date. */
export function seedCalendarDays(): CalendarDay[] {
  const sourceOf = new Map(SEED_NOTICES.map((n) => [n.year, n.url]));
  return SEED_ARRANGEMENTS.flatMap((a) => expandArrangement(a, sourceOf.get(a.year) ?? `${a.year}年通知`)).sort((a, b) =>
    a.date < b.date ? -1 : 1,
  );
}

/**
 * Check one day before it is stored: a real date, a name, a source, and a kind
 * that changes something (a make-up workday must fall on a weekend).
 */
export function validateCalendarDay(day: CalendarDay): CalendarDay {
  const issues = [];
  if (!isLocalDate(day.date)) issues.push({ path: 'date', message: '日期应为 YYYY-MM-DD 形式的真实日期' });
  if (day.kind !== 'off' && day.kind !== 'makeup_workday') issues.push({ path: 'kind', message: '类型应为 放假 或 调休上班' });
  if (!day.name.trim()) issues.push({ path: 'name', message: '请填写节日名称' });
  if (!day.source.trim()) issues.push({ path: 'source', message: '请填写依据（通知名称或网址）' });
  if (!Number.isInteger(day.noticeYear) || day.noticeYear < 2000 || day.noticeYear > 2099) {
    issues.push({ path: 'noticeYear', message: '通知年度应在 2000–2099 之间' });
  }
  if (issues.length === 0 && day.kind === 'makeup_workday') {
    const weekday = weekdayOfDayNumber(dayNumber(day.date));
    if (weekday !== 0 && weekday !== 6) issues.push({ path: 'kind', message: `${day.date} 是工作日，无需设为调休上班` });
  }
  if (issues.length > 0) throw new ValidationError(`日历日期 ${day.date} 无效：${issues.map((i) => i.message).join('；')}`, issues);
  return { ...day, name: day.name.trim(), source: day.source.trim() };
}
