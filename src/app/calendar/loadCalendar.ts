import { buildWorkingCalendar, type WorkingCalendar } from '../../domain/calendar/workingCalendar.ts';
import { listCalendarDays } from '../../storage/repositories/calendar.repository.ts';
import type { AppContext } from '../context.ts';

let last: { signature: string; calendar: WorkingCalendar } | undefined;

/**
 * The live working-day calendar from the database (seeded by migration
 * 0002_calendar, edited by system admins). Read it once per request or per
 * command and pass it to the pure deadline functions of src/domain/calendar.
 *
 * The rows are read every time (a few hundred); the index (≈15 ms to build) is
 * reused while the rows are unchanged, so a web page can call this
 * on every request.
 */
export async function loadCalendar(ctx: Pick<AppContext, 'db'>): Promise<WorkingCalendar> {
  const days = await listCalendarDays(ctx.db);
  const signature = days.map((d) => `${d.date}\t${d.kind}\t${d.noticeYear}\t${d.name}\t${d.source}`).join('|');
  if (last?.signature !== signature) last = { signature, calendar: buildWorkingCalendar(days) };
  return last.calendar;
}
