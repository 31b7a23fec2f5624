import type { TimeLimitRule } from '../catalog/catalog.ts';
import { dueDate } from '../calendar/dueDate.ts';
import { addDays, daysInMonth } from '../calendar/localDate.ts';
import type { WorkingCalendar } from '../calendar/workingCalendar.ts';
import type { LocalDate } from '../shared/clock.ts';

/**
 * The periods of a periodic 公开时限 (每月, 每季度, 每半年, 每年, 每年M月D日前): each expects one
 * publication between `opens` and `due`. For 每季度结束后15日内 the window runs from the first day of
 * the quarter to the 15th day after it (dueDate.ts: 日 periods ending on a day off move to the next
 * working day, 《民法典》第二百零三条); for 每年1月31日前 from the day after last year's date to this year's.
 */
export interface ObligationPeriod {
  label: string;
  opens: LocalDate;
  due: LocalDate;
}

const SPAN_MONTHS = { month: 1, quarter: 3, half_year: 6, year: 12 } as const;
const QUARTERS = ['一', '二', '三', '四'];
/** Every month of the calendar's range (2000–2099): a bound on the loop, never reached by a real catalog. */
const MAX_PERIODS = 1200;

/** Every period whose due date falls on or after `since` and strictly before `today` (the periods that have passed). */
export function passedPeriods(calendar: WorkingCalendar, rule: TimeLimitRule, since: LocalDate, today: LocalDate): ObligationPeriod[] {
  const periods: ObligationPeriod[] = [];
  let period = firstPeriod(calendar, rule, since);
  while (period.due < today && periods.length < MAX_PERIODS) {
    if (period.due >= since) periods.push(period);
    period = nextPeriod(calendar, rule, period);
  }
  return periods;
}

/** The first period whose due date is not before `since` (the one running when the obligation began). */
export function firstPeriod(calendar: WorkingCalendar, rule: TimeLimitRule, since: LocalDate): ObligationPeriod {
  if (rule.trigger === 'yearly_date') return yearlyPeriod(rule, Number(since.slice(0, 4)) + (yearlyDue(rule, Number(since.slice(0, 4))) < since ? 1 : 0));
  return recurringPeriod(calendar, rule, periodStart(rule, since));
}

function nextPeriod(calendar: WorkingCalendar, rule: TimeLimitRule, period: ObligationPeriod): ObligationPeriod {
  if (rule.trigger === 'yearly_date') return yearlyPeriod(rule, Number(period.due.slice(0, 4)) + 1);
  const span = SPAN_MONTHS[rule.every ?? 'year'];
  const [year, month] = [Number(period.opens.slice(0, 4)), Number(period.opens.slice(5, 7))];
  const total = year * 12 + month - 1 + span;
  return recurringPeriod(calendar, rule, dateOf(Math.floor(total / 12), (total % 12) + 1, 1));
}

function yearlyDue(rule: TimeLimitRule, year: number): LocalDate {
  return dateOf(year, rule.month!, Math.min(rule.day!, daysInMonth(year, rule.month!)));
}

function yearlyPeriod(rule: TimeLimitRule, year: number): ObligationPeriod {
  return { label: `${year}年${rule.month}月${rule.day}日前`, opens: addDays(yearlyDue(rule, year - 1), 1), due: yearlyDue(rule, year) };
}

function periodStart(rule: TimeLimitRule, date: LocalDate): LocalDate {
  const span = SPAN_MONTHS[rule.every ?? 'year'];
  const month = Math.floor((Number(date.slice(5, 7)) - 1) / span) * span + 1;
  return dateOf(Number(date.slice(0, 4)), month, 1);
}

function recurringPeriod(calendar: WorkingCalendar, rule: TimeLimitRule, opens: LocalDate): ObligationPeriod {
  return { label: periodLabel(rule.every ?? 'year', opens), opens, due: dueDate(calendar, rule, opens).due! };
}

function periodLabel(every: NonNullable<TimeLimitRule['every']>, opens: LocalDate): string {
  const year = Number(opens.slice(0, 4));
  const month = Number(opens.slice(5, 7));
  if (every === 'month') return `${year}年${month}月`;
  if (every === 'quarter') return `${year}年第${QUARTERS[(month - 1) / 3]}季度`;
  if (every === 'half_year') return `${year}年${month === 1 ? '上' : '下'}半年`;
  return `${year}年度`;
}

function dateOf(year: number, month: number, day: number): LocalDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Match publications to periods: each document fills at most one period, the earliest open one
 * whose window contains its 发布日期. Returns the periods left without a document.
 */
export function blankPeriods(periods: readonly ObligationPeriod[], publishedOn: readonly LocalDate[]): ObligationPeriod[] {
  const dates = [...publishedOn].sort();
  const blank: ObligationPeriod[] = [];
  let next = 0;
  for (const period of periods) {
    while (next < dates.length && dates[next]! < period.opens) next += 1;
    if (next < dates.length && dates[next]! <= period.due) next += 1;
    else blank.push(period);
  }
  return blank;
}
