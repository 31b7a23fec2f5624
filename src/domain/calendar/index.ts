/**
 * The statutory clock: working-day calendar, deadline rules and the parsers of
 * 公开时限 texts and State Council holiday notices. Pure: callers pass the
 * calendar (app/calendar/loadCalendar.ts) and today's date.
 */
export { addCalendarDays, addMonths, addWorkingDays, nextWorkingDayOnOrAfter, workingDaysBetween } from './arithmetic.ts';
export { DAY_KIND_LABELS, seedCalendarDays, validateCalendarDay, type CalendarDay, type CalendarDayKind } from './calendarDay.ts';
export { dueDate, type DueDate } from './dueDate.ts';
export { explainDeadline, formatExplanation, type DeadlineExplanation, type SkippedDay } from './explanation.ts';
export { isLocalDate } from './localDate.ts';
export { noticeCalendarDays, parseHolidayNotice, type ParsedHoliday, type ParsedNotice } from './noticeParser.ts';
export { COUNTING_BASIS, describeRule, ruleSource, STATUTORY_RULES, TRIGGER_LABELS } from './rules.ts';
export { statutoryHolidays, STATUTORY_HOLIDAY_SOURCE, type StatutoryHoliday } from './statutoryHolidays.ts';
export { parseTimeLimit, timeLimitFindings, withTimeLimitRule, type TimeLimitFinding, type TimeLimitParse } from './timeLimitParser.ts';
export { dueIfFormedToday, PROVISIONAL_NOTE, provisionalWarning, type FormedTodayNotice } from './warnings.ts';
export { buildWorkingCalendar, isWorkingDay, unknownYearsIn, type WorkingCalendar } from './workingCalendar.ts';
