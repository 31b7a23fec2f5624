import { buildWorkingCalendar, type WorkingCalendar } from '../../domain/calendar/workingCalendar.ts';
import { listCalendarDays } from '../../storage/repositories/calendar.repository.ts';
import type { AppContext } from '../context.ts';

/**
 * The live working-day calendar from the database (seeded by migration
 * 0002_calendar, edited by system admins). Read it once per request or per
 * command and pass it to the pure deadline functions of src/domain/calendar.
 */
export async function loadCalendar(ctx: Pick<AppContext, 'db'>): Promise<WorkingCalendar> {
  return buildWorkingCalendar(await listCalendarDays(ctx.db));
}
