import type { TimeLimitRule } from '../catalog/catalog.ts';
import type { LocalDate } from '../shared/clock.ts';
import { ValidationError } from '../shared/errors.ts';
import { addCalendarDays, addMonths, addWorkingDays, nextWorkingDayOnOrAfter } from './arithmetic.ts';
import { daysInMonth } from './localDate.ts';
import { offsetOf, unknownYearsIn, type WorkingCalendar } from './workingCalendar.ts';

/** A computed deadline: `due` is null for rules without a date (长期公开). */
export interface DueDate {
  start: LocalDate;
  due: LocalDate | null;
  /** The last day of a calendar-day period before it moved off a day off (《民法典》第二百零三条). */
  movedFrom: LocalDate | null;
  /** True when a day in (start, due] lies in a year whose holiday notice is not loaded. */
  provisional: boolean;
  unknownYears: number[];
}

/**
 * When a rule falls due for an event on `eventDate`:
 * - 工作日 periods: the n-th working day after the event (条例第二十六条、第三十三条; start day not counted);
 * - 日/月/年 periods: the calendar end, moved to the next working day when it is a day off
 *   (《民法典》第二百零一条至第二百零三条);
 * - 每年M月D日前: that date in the event's year, or next year's once it has passed (not moved: "前");
 * - 每季度 etc.: the last day of the period containing the event (plus any stated period after it);
 * - 即时公开: the event day itself; 长期: no date.
 */
export function dueDate(calendar: WorkingCalendar, rule: TimeLimitRule, eventDate: LocalDate): DueDate {
  offsetOf(eventDate);
  let due: LocalDate | null;
  let movedFrom: LocalDate | null = null;
  switch (rule.trigger) {
    case 'standing':
      due = null;
      break;
    case 'immediate':
      due = eventDate;
      break;
    case 'yearly_date':
      due = nextYearlyDate(rule, eventDate);
      break;
    case 'recurring': {
      const end = periodEnd(rule.every ?? 'year', eventDate);
      ({ due, movedFrom } = rule.amount && rule.unit ? addPeriod(calendar, end, rule.amount, rule.unit) : { due: end, movedFrom: null });
      break;
    }
    default:
      if (rule.amount === undefined || rule.unit === undefined) throw new ValidationError(`时限规则缺少天数或单位：${JSON.stringify(rule)}`);
      ({ due, movedFrom } = addPeriod(calendar, eventDate, rule.amount, rule.unit));
  }
  // Fixed dates (每年1月31日前, 每季度末) do not depend on the holiday calendar; periods do.
  const dependsOnCalendar = due !== null && rule.amount !== undefined && rule.unit !== undefined;
  const unknownYears = dependsOnCalendar && due !== null ? unknownYearsIn(calendar, eventDate, due) : [];
  return { start: eventDate, due, movedFrom, provisional: unknownYears.length > 0, unknownYears };
}

function addPeriod(calendar: WorkingCalendar, start: LocalDate, amount: number, unit: NonNullable<TimeLimitRule['unit']>) {
  if (unit === 'working_day') return { due: addWorkingDays(calendar, start, amount), movedFrom: null };
  const end = unit === 'calendar_day' ? addCalendarDays(start, amount) : addMonths(start, unit === 'month' ? amount : amount * 12);
  const due = nextWorkingDayOnOrAfter(calendar, end);
  return { due, movedFrom: due === end ? null : end };
}

function nextYearlyDate(rule: TimeLimitRule, eventDate: LocalDate): LocalDate {
  const { month, day } = rule;
  if (!month || !day || month > 12 || day > daysInMonth(2000, month)) throw new ValidationError(`时限规则的日期无效：${month}月${day}日`);
  const year = Number(eventDate.slice(0, 4));
  const thisYear = onDate(year, month, day);
  return thisYear >= eventDate ? thisYear : onDate(year + 1, month, day);
}

function onDate(year: number, month: number, day: number): LocalDate {
  const d = Math.min(day, daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function periodEnd(every: NonNullable<TimeLimitRule['every']>, eventDate: LocalDate): LocalDate {
  const year = Number(eventDate.slice(0, 4));
  const month = Number(eventDate.slice(5, 7));
  const span = { month: 1, quarter: 3, half_year: 6, year: 12 }[every];
  const lastMonth = Math.ceil(month / span) * span;
  return onDate(year, lastMonth, 31);
}
