/**
 * The figures of one agency's line in the region view (agencySupervision.ts) from its raw dates: 依申请公开 handling
 * in the year to date and per month, documents per month. Pure: the working calendar and today are passed in.
 */
import { workingDaysBetween } from '../calendar/arithmetic.ts';
import type { WorkingCalendar } from '../calendar/workingCalendar.ts';
import { OPEN_STATUSES, type ApplicationStatus } from '../applications/status.ts';
import type { LocalDate } from '../shared/clock.ts';
import { lastTwelveMonths, meanRounded, type AgencySupervisionRow, type MonthFigures } from './agencySupervision.ts';

/** An application's clock dates (no personal data): status, 条例第三十一条 receipt, due date, answer date. */
export interface ApplicationDates {
  status: string;
  receivedOn: LocalDate | null;
  dueOn: LocalDate | null;
  closedOn: LocalDate | null;
}

/** Answered: closed with an answer (条例第三十六条); withdrawn ones are not answers. */
const isAnswered = (a: ApplicationDates): a is ApplicationDates & { closedOn: LocalDate } => a.status === 'closed' && a.closedOn !== null;
/** On time: answered on or before the due date of its answer clock (条例第三十三条, with extensions and pauses already in it). */
const onTime = (a: ApplicationDates & { closedOn: LocalDate }) => a.dueOn === null || a.closedOn <= a.dueOn;

/** 依申请公开 in the calendar year of `today`: received, answered (on time), open (overdue), mean answer time in working days. */
export function applicationFigures(rows: readonly ApplicationDates[], calendar: WorkingCalendar, today: LocalDate): AgencySupervisionRow['applications'] {
  const year = today.slice(0, 4);
  const inYear = (date: LocalDate | null) => date !== null && date.startsWith(year) && date <= today;
  const answered = rows.filter(isAnswered).filter((a) => inYear(a.closedOn));
  const open = rows.filter((a) => OPEN_STATUSES.includes(a.status as ApplicationStatus));
  const durations = answered.filter((a) => a.receivedOn !== null).map((a) => Math.max(0, workingDaysBetween(calendar, a.receivedOn!, a.closedOn)));
  return {
    year: Number(year),
    received: rows.filter((a) => inYear(a.receivedOn)).length,
    answered: answered.length,
    answeredOnTime: answered.filter(onTime).length,
    open: open.length,
    overdue: open.filter((a) => a.dueOn !== null && a.dueOn < today).length,
    meanAnswerWorkingDays: meanRounded(durations),
  };
}

/** The twelve months ending with today's: documents published (from per-month counts) and answers given (on time). */
export function monthFigures(documentsByMonth: ReadonlyMap<string, number>, rows: readonly ApplicationDates[], today: LocalDate): MonthFigures[] {
  const months = lastTwelveMonths(today);
  const figures = new Map<string, MonthFigures>(months.map((month) => [month, { month, documents: documentsByMonth.get(month) ?? 0, answered: 0, answeredOnTime: 0 }]));
  for (const a of rows.filter(isAnswered)) {
    const entry = a.closedOn <= today ? figures.get(a.closedOn.slice(0, 7)) : undefined;
    if (!entry) continue;
    entry.answered += 1;
    if (onTime(a)) entry.answeredOnTime += 1;
  }
  return [...figures.values()];
}
