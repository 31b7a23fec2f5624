/**
 * Calendar edits through the real use cases, each recomputing the stored deadlines in its
 * transaction: a day off set in the middle of the open deadlines' spans (setCalendarDay),
 * the same day cleared again, then the 2027 notice imported (every provisional deadline).
 */
import { sql } from 'kysely';
import { databaseAuditLog } from '../../src/app/audit.ts';
import type { AppContext } from '../../src/app/context.ts';
import { importHolidayNotice } from '../../src/app/calendar/importHolidayNotice.ts';
import { loadCalendar } from '../../src/app/calendar/loadCalendar.ts';
import { setCalendarDay } from '../../src/app/calendar/setCalendarDay.ts';
import type { RecomputeSummary } from '../../src/app/calendar/recomputeDeadlines.ts';
import { SYSTEM_ACTOR } from '../../src/domain/accounts/roles.ts';
import { nextWorkingDayOnOrAfter } from '../../src/domain/calendar/arithmetic.ts';
import { dayNumber, formatDayNumber } from '../../src/domain/calendar/localDate.ts';
import type { Clock } from '../../src/domain/shared/clock.ts';
import type { Engine } from '../../src/storage/database.ts';
import { NOTICE_2027_SAMPLE } from '../../test/calendar/noticeTexts.ts';

/** The working day at the median midpoint of the open answer deadlines' spans (start, due]. */
async function middleOfOpenSpans(ctx: AppContext): Promise<string> {
  const rows = await ctx.db.selectFrom('deadlines').select(['start_date', 'due_date'])
    .where('subject_type', '=', 'application').where('settled_at', 'is', null).where('due_date', 'is not', null).execute();
  const mids = rows.map((r) => (dayNumber(r.start_date) + dayNumber(r.due_date!)) / 2).sort((a, b) => a - b);
  return nextWorkingDayOnOrAfter(await loadCalendar(ctx), formatDayNumber(Math.round(mids[Math.floor(mids.length / 2)]!)));
}

/** Applications whose due_on differs from their answer deadline's due date (should stay 0). */
async function outOfSync(engine: Engine): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from applications a join deadlines d on d.subject_id = a.id and d.subject_type = 'application'
    where coalesce(a.due_on, '') <> coalesce(d.due_date, '') or a.provisional <> d.provisional`.execute(engine.db);
  return Number(rows[0]!.n);
}

async function timed(engine: Engine, name: string, edit: () => Promise<RecomputeSummary>): Promise<string> {
  const countRecomputed = async () => Number((await engine.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'deadline.recomputed').executeTakeFirstOrThrow()).n);
  const auditBefore = await countRecomputed();
  const started = performance.now();
  const summary = await edit();
  const ms = performance.now() - started;
  const audits = (await countRecomputed()) - auditBefore;
  return `${name.padEnd(44)} ${(ms / 1000).toFixed(2)} s  examined ${summary.examined}, changed ${summary.shifts.length} (moved ${summary.moved}, settled ${summary.settled}), audit events ${audits}, due_on out of sync ${await outOfSync(engine)} (target < 5 s)`;
}

export async function measureRecompute(engine: Engine, clock: Clock): Promise<string[]> {
  const ctx: AppContext = { actor: SYSTEM_ACTOR, db: engine.db, clock, audit: databaseAuditLog(clock) };
  const open = await engine.db.selectFrom('deadlines').select((eb) => eb.fn.countAll<number>().as('n')).where('settled_at', 'is', null).where('due_date', 'is not', null).executeTakeFirstOrThrow();
  const provisional = await engine.db.selectFrom('deadlines').select((eb) => eb.fn.countAll<number>().as('n')).where('settled_at', 'is', null).where('provisional', '=', 1).executeTakeFirstOrThrow();
  const day = await middleOfOpenSpans(ctx);
  const lines = [`unsettled deadlines with a due date: ${open.n}, of which provisional: ${provisional.n}; day set off: ${day}`];
  lines.push(await timed(engine, `setCalendarDay ${day} off`, () => setCalendarDay(ctx, { date: day, kind: 'off', name: '临时休假（基准测试）', source: 'bench/applications.ts' })));
  lines.push(await timed(engine, `setCalendarDay ${day} cleared`, () => setCalendarDay(ctx, { date: day, kind: null })));
  lines.push(await timed(engine, 'importHolidayNotice 2027 (settles provisional)', async () => {
    const result = await importHolidayNotice(ctx, { text: NOTICE_2027_SAMPLE, confirm: true, source: 'bench/applications.ts' });
    if (!result.saved) throw new Error('the 2027 notice was not saved');
    return result.recompute;
  }));
  return lines;
}
