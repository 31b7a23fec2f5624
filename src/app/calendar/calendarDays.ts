import { listCalendarDays, type StoredCalendarDay } from '../../storage/repositories/calendar.repository.ts';
import type { AppContext } from '../context.ts';

/**
 * The days off and make-up workdays of the live calendar, by date; with `noticeYear` only that notice year's.
 * No permission check: the calendar is public information (the State Council's 节假日安排 notices, their URLs
 * kept as `source`); editing it is for system admins (setCalendarDay, importHolidayNotice).
 */
export async function calendarDays(ctx: Pick<AppContext, 'db'>, input: { noticeYear?: number } = {}): Promise<StoredCalendarDay[]> {
  return listCalendarDays(ctx.db, input.noticeYear);
}
