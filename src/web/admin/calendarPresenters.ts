/** The 工作日历 pages' shapes: loaded notice years, their days, a notice preview and a recompute summary. */
import type { NoticePreview } from '../../app/calendar/importHolidayNotice.ts';
import type { RecomputeSummary } from '../../app/calendar/recomputeDeadlines.ts';
import { DAY_KIND_LABELS, provisionalWarning, type CalendarDay } from '../../domain/calendar/index.ts';
import { weekdayName } from '../../domain/calendar/localDate.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';

export interface PresentedDay {
  date: LocalDate;
  weekday: string;
  kind: CalendarDay['kind'];
  kindLabel: string;
  name: string;
}

/** One holiday of a notice year: its days off as ranges and its make-up workdays. */
export interface HolidayGroup {
  name: string;
  off: string;
  offDays: number;
  makeup: string;
}

/** Consecutive dates as 「2026-02-15 至 2026-02-23」 ranges. */
function ranges(dates: readonly LocalDate[]): string {
  const out: string[][] = [];
  for (const date of dates) {
    const run = out.at(-1);
    const last = run?.at(-1);
    if (run && last && Date.parse(date) - Date.parse(last) === 86_400_000) run.push(date);
    else out.push([date]);
  }
  return out.map((run) => (run.length > 1 ? `${run[0]} 至 ${run.at(-1)}` : run[0])).join('、');
}

/** The days of a year by holiday name, in date order: what the notice itself lists. */
export function presentHolidayGroups(days: readonly CalendarDay[]): HolidayGroup[] {
  const byName = new Map<string, CalendarDay[]>();
  for (const day of [...days].sort((a, b) => (a.date < b.date ? -1 : 1))) byName.set(day.name, [...(byName.get(day.name) ?? []), day]);
  return [...byName].map(([name, group]) => {
    const off = group.filter((d) => d.kind === 'off').map((d) => d.date);
    const makeup = group.filter((d) => d.kind === 'makeup_workday').map((d) => `${d.date}（${weekdayName(d.date)}）`);
    return { name, off: ranges(off) || '—', offDays: off.length, makeup: makeup.join('、') || '无' };
  });
}

export interface CalendarYear {
  year: number;
  off: number;
  makeup: number;
}

export const presentDay = (day: CalendarDay): PresentedDay => ({
  date: day.date,
  weekday: weekdayName(day.date),
  kind: day.kind,
  kindLabel: DAY_KIND_LABELS[day.kind],
  name: day.name,
});

/** Every notice year that has days, newest first, with its counts. */
export function presentYears(days: readonly CalendarDay[]): CalendarYear[] {
  const years = new Map<number, CalendarYear>();
  for (const day of days) {
    const entry = years.get(day.noticeYear) ?? { year: day.noticeYear, off: 0, makeup: 0 };
    if (day.kind === 'off') entry.off++;
    else entry.makeup++;
    years.set(day.noticeYear, entry);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

/**
 * The banners of the calendar page: this year's schedule missing, and from
 * 1 November on, next year's (deadlines reaching into it are provisional).
 */
export function calendarWarnings(years: readonly CalendarYear[], today: LocalDate): string[] {
  const loaded = new Set(years.map((y) => y.year));
  const year = Number(today.slice(0, 4));
  const missing = [];
  if (!loaded.has(year)) missing.push(year);
  if (today.slice(5) >= '11-01' && !loaded.has(year + 1)) missing.push(year + 1);
  return missing.length ? [provisionalWarning(missing)] : [];
}

export interface PresentedRecompute {
  text: string;
  shifts: { label: string; before: string; after: string; change: string }[];
}

export function presentRecompute(summary: RecomputeSummary): PresentedRecompute {
  const due = (d: { due: string | null; provisional: boolean }) => `${d.due ?? '无'}${d.provisional ? '（暂定）' : ''}`;
  return {
    text: summary.text,
    shifts: summary.shifts.map((s) => ({
      label: s.label,
      before: due(s.before),
      after: due(s.after),
      change: s.days === 0 ? '日期不变' : `${s.days > 0 ? '推迟' : '提前'} ${Math.abs(s.days)} 天（${Math.abs(s.workingDays)} 个工作日）`,
    })),
  };
}

export interface PresentedNoticePreview {
  year: number;
  title: string;
  holidays: HolidayGroup[];
  warnings: string[];
  replacesYear: boolean;
  added: PresentedDay[];
  removed: PresentedDay[];
  changed: { before: PresentedDay; after: PresentedDay }[];
  dayCount: number;
}

export function presentNoticePreview(preview: NoticePreview): PresentedNoticePreview {
  const { notice } = preview;
  return {
    year: notice.year,
    title: notice.title ?? `${notice.year}年部分节假日安排`,
    holidays: notice.holidays.map((h) => ({
      name: h.name,
      off: h.off.length > 1 ? `${h.off[0]} 至 ${h.off.at(-1)}` : (h.off[0] ?? ''),
      offDays: h.off.length,
      makeup: h.makeup.map((d) => `${d}（${weekdayName(d)}）`).join('、') || '无',
    })),
    warnings: notice.warnings,
    replacesYear: preview.replacesYear,
    added: preview.added.map(presentDay),
    removed: preview.removed.map(presentDay),
    changed: preview.changed.map((c) => ({ before: presentDay(c.before), after: presentDay(c.after) })),
    dayCount: preview.days.length,
  };
}
