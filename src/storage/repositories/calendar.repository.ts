import type { Kysely, Selectable } from 'kysely';
import type { CalendarDay, CalendarDayKind } from '../../domain/calendar/calendarDay.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import type { CalendarDayTable } from '../tables/calendar.ts';
import type { Database } from '../schema.ts';

/** A stored day with who last changed it. */
export interface StoredCalendarDay extends CalendarDay {
  updatedAt: string;
  updatedBy: string | null;
}

function toDay(row: Selectable<CalendarDayTable>): StoredCalendarDay {
  return {
    date: row.date,
    kind: row.kind as CalendarDayKind,
    name: row.name,
    source: row.source,
    noticeYear: Number(row.notice_year),
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** Every calendar day, by date; optionally only the days of one notice year. */
export async function listCalendarDays(db: Kysely<Database>, noticeYear?: number): Promise<StoredCalendarDay[]> {
  let query = db.selectFrom('calendar_days').selectAll().orderBy('date');
  if (noticeYear !== undefined) query = query.where('notice_year', '=', noticeYear);
  return (await query.execute()).map(toDay);
}

export async function findCalendarDay(db: Kysely<Database>, date: LocalDate): Promise<StoredCalendarDay | null> {
  const row = await db.selectFrom('calendar_days').selectAll().where('date', '=', date).executeTakeFirst();
  return row ? toDay(row) : null;
}

/** Insert or replace one day. */
export async function saveCalendarDay(db: Kysely<Database>, day: CalendarDay, at: string, by: string | null): Promise<void> {
  const values = { kind: day.kind, name: day.name, source: day.source, notice_year: day.noticeYear, updated_at: at, updated_by: by };
  await db
    .insertInto('calendar_days')
    .values({ date: day.date, ...values })
    .onConflict((oc) => oc.column('date').doUpdateSet(values))
    .execute();
}

export async function deleteCalendarDay(db: Kysely<Database>, date: LocalDate): Promise<boolean> {
  const result = await db.deleteFrom('calendar_days').where('date', '=', date).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Remove every day a notice year defines (before re-importing that year's notice). */
export async function deleteNoticeYear(db: Kysely<Database>, noticeYear: number): Promise<number> {
  const result = await db.deleteFrom('calendar_days').where('notice_year', '=', noticeYear).executeTakeFirst();
  return Number(result.numDeletedRows);
}
