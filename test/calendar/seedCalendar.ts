import { seedCalendarDays } from '../../src/domain/calendar/calendarDay.ts';
import { buildWorkingCalendar } from '../../src/domain/calendar/workingCalendar.ts';

/** The project's seed calendar 2019–2026, as the domain builds it. */
export const seedCalendar = buildWorkingCalendar(seedCalendarDays());
