import type { TimeLimitRule } from '../catalog/catalog.ts';
import type { LocalDate } from '../shared/clock.ts';
import { dueDate, type DueDate } from './dueDate.ts';
import { dayNumber, formatDayNumber, weekdayName, weekdayOfDayNumber } from './localDate.ts';
import { COUNTING_BASIS, describeRule, ruleSource, TRIGGER_LABELS } from './rules.ts';
import { STATUTORY_HOLIDAY_SOURCE } from './statutoryHolidays.ts';
import { provisionalWarning } from './warnings.ts';
import { isWorkingDay, type WorkingCalendar } from './workingCalendar.ts';

/** A day between start and due that was not counted. */
export interface SkippedDay {
  date: LocalDate;
  weekday: string;
  reason: 'weekend' | 'holiday';
  /** The holiday's name for reason 'holiday'. */
  name?: string;
  /** True for a statutory holiday of a year whose notice (and so its 调休) is not yet loaded. */
  statutoryOnly?: boolean;
}

/** Why a deadline falls where it does: plain JSON, for the CLI, the API and the pages. */
export interface DeadlineExplanation extends DueDate {
  rule: TimeLimitRule;
  ruleText: string;
  /** The legal source of the period. */
  source: string;
  /** The counting conventions applied, each with its citation. */
  basis: string[];
  /** Working days counted in (start, due]. */
  workingDaysCounted: number;
  skipped: SkippedDay[];
  /** 调休上班 weekend days that were counted as working days. */
  makeupWorkdays: { date: LocalDate; weekday: string; name: string }[];
  /** Warnings to show next to the date (provisional calendar, fixed date on a day off). */
  warnings: string[];
}

/** Compute a deadline and explain it day by day (not the hot path: the walk is bounded by the period). */
export function explainDeadline(calendar: WorkingCalendar, rule: TimeLimitRule, eventDate: LocalDate): DeadlineExplanation {
  const result = dueDate(calendar, rule, eventDate);
  const skipped: SkippedDay[] = [];
  const makeupWorkdays: DeadlineExplanation['makeupWorkdays'] = [];
  let counted = 0;
  if (result.due !== null) {
    for (let n = dayNumber(eventDate) + 1; n <= dayNumber(result.due); n++) {
      const date = formatDayNumber(n);
      const special = calendar.days.get(date);
      const weekday = weekdayName(date);
      if (isWorkingDay(calendar, date)) {
        counted++;
        if (special?.kind === 'makeup_workday') makeupWorkdays.push({ date, weekday, name: special.name });
      } else if (special?.kind === 'off') skipped.push({ date, weekday, reason: 'holiday', name: special.name });
      else skipped.push(statutoryOrWeekend(calendar, date, weekday));
    }
  }
  const basis: string[] = [COUNTING_BASIS.startDayExcluded];
  if (rule.unit === 'working_day') basis.push(COUNTING_BASIS.workingDays);
  if (rule.unit === 'month' || rule.unit === 'year') basis.push(COUNTING_BASIS.monthsAndYears);
  if (result.movedFrom) basis.push(COUNTING_BASIS.lastDayOff);
  const warnings = result.provisional ? [provisionalWarning(result.unknownYears)] : [];
  const fixedDay = rule.trigger === 'yearly_date' && result.due && !isWorkingDay(calendar, result.due);
  if (fixedDay) warnings.push(`${result.due}（${weekdayName(result.due!)}）为休息日，固定日期"前"不顺延，请在此前的工作日完成`);
  return {
    ...result,
    rule,
    ruleText: describeRule(rule),
    source: ruleSource(rule),
    basis: rule.trigger === 'standing' || rule.trigger === 'immediate' || rule.trigger === 'yearly_date' ? [] : basis,
    workingDaysCounted: counted,
    skipped,
    makeupWorkdays,
    warnings,
  };
}

/** The explanation as lines of Chinese text for the terminal or a plain page. */
export function formatExplanation(e: DeadlineExplanation): string[] {
  const weekday = (d: LocalDate) => ['周日', '周一', '周二', '周三', '周四', '周五', '周六'][weekdayOfDayNumber(dayNumber(d))];
  const lines = [`规则：${e.ruleText}（依据：${e.source}）`];
  if (e.rule.trigger !== 'standing') lines.push(`起算：${TRIGGER_LABELS[e.rule.trigger]} ${e.start}（${weekday(e.start)}）`);
  lines.push(e.due === null ? '截止：无固定截止日期' : `截止：${e.due}（${weekday(e.due)}）${e.provisional ? '【暂定】' : ''}`);
  if (e.due !== null && e.rule.trigger !== 'yearly_date') lines.push(`计入工作日：${e.workingDaysCounted} 天`);
  const holidays = e.skipped.filter((d) => d.reason === 'holiday' && !d.statutoryOnly);
  const statutory = e.skipped.filter((d) => d.statutoryOnly);
  const weekends = e.skipped.filter((d) => d.reason === 'weekend');
  if (holidays.length) lines.push(`跳过节假日：${groupByName(holidays)}`);
  if (statutory.length) lines.push(`跳过法定节假日（${STATUTORY_HOLIDAY_SOURCE}，当年调休安排未公布）：${groupByName(statutory)}`);
  if (weekends.length) lines.push(`跳过周末：${weekends.map((d) => d.date).join('、')}`);
  if (e.makeupWorkdays.length) lines.push(`计入调休上班日：${e.makeupWorkdays.map((d) => `${d.date}（${d.weekday}，${d.name}）`).join('、')}`);
  if (e.movedFrom) lines.push(`期间届满日 ${e.movedFrom} 为休息日，顺延至 ${e.due}`);
  for (const b of e.basis) lines.push(`说明：${b}`);
  for (const w of e.warnings) lines.push(`注意：${w}`);
  return lines;
}

/** A day off that no notice lists: a statutory holiday of a year without a notice, else a weekend. */
function statutoryOrWeekend(calendar: WorkingCalendar, date: LocalDate, weekday: string): SkippedDay {
  const statutory = calendar.statutoryOnly.get(date);
  return statutory ? { date, weekday, reason: 'holiday', name: statutory.name, statutoryOnly: true } : { date, weekday, reason: 'weekend' };
}

function groupByName(days: SkippedDay[]): string {
  const groups = new Map<string, LocalDate[]>();
  for (const d of days) groups.set(d.name ?? '', [...(groups.get(d.name ?? '') ?? []), d.date]);
  return [...groups].map(([name, dates]) => `${name} ${dates[0]}${dates.length > 1 ? `至${dates.at(-1)}` : ''}（${dates.length}天）`).join('；');
}
