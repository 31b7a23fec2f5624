import { sql, type Kysely } from 'kysely';
import type { EngineName } from '../dialect/engine.ts';
import { seedCalendarDays } from '../../domain/calendar/calendarDay.ts';

/**
 * The live working-day calendar and the generic deadlines table.
 *
 * calendar_days holds only the days that depart from Monday–Friday (放假 and
 * 调休上班), each with its holiday name, its source notice and the notice year;
 * it is seeded here with 2019–2026 from the project's data file
 * (src/domain/calendar/data/seedSchedules.ts) and then edited by system admins.
 *
 * deadlines holds every stored statutory deadline (documents, applications …)
 * with the rule it was computed from, so calendar edits can recompute them.
 */
export async function up(db: Kysely<any>, _engine: EngineName): Promise<void> {
  await db.schema
    .createTable('calendar_days')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('off', 'makeup_workday')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('notice_year', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema.createIndex('calendar_days_notice_year').on('calendar_days').column('notice_year').execute();

  await db.schema
    .createTable('deadlines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text')
    .addColumn('rule_json', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('provisional', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deadlines_subject').on('deadlines').columns(['subject_type', 'subject_id']).execute();
  await db.schema.createIndex('deadlines_due').on('deadlines').columns(['due_date', 'start_date']).execute();

  const now = new Date().toISOString();
  const rows = seedCalendarDays().map((d) => ({
    date: d.date,
    kind: d.kind,
    name: d.name,
    source: d.source,
    notice_year: d.noticeYear,
    updated_at: now,
    updated_by: null,
  }));
  for (let i = 0; i < rows.length; i += 100) await db.insertInto('calendar_days').values(rows.slice(i, i + 100)).execute();
}
