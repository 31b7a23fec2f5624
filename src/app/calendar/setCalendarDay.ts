import { assertCan } from '../../domain/accounts/roles.ts';
import { DAY_KIND_LABELS, validateCalendarDay, type CalendarDayKind } from '../../domain/calendar/calendarDay.ts';
import { dayNumber } from '../../domain/calendar/localDate.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { deleteCalendarDay, findCalendarDay, listCalendarDays, saveCalendarDay } from '../../storage/repositories/calendar.repository.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { recomputeDeadlines, type RecomputeSummary } from './recomputeDeadlines.ts';

export interface SetCalendarDayInput {
  date: LocalDate;
  /** null clears the day back to the plain Monday–Friday rule. */
  kind: CalendarDayKind | null;
  name?: string;
  source?: string;
  /** The notice year the day belongs to; defaults to the date's year (next year for 29–31 December 元旦). */
  noticeYear?: number;
}

/**
 * A system admin adds, corrects or clears one day of the live calendar; every
 * stored deadline it moves is recomputed in the same transaction.
 */
export async function setCalendarDay(ctx: AppContext, input: SetCalendarDayInput): Promise<RecomputeSummary> {
  assertCan(ctx.actor, 'calendar.edit', { agencyId: null, regionPath: [] });
  dayNumber(input.date);
  return inTransaction(ctx, async (tx) => {
    const before = await findCalendarDay(tx.db, input.date);
    if (input.kind === null) {
      if (!(await deleteCalendarDay(tx.db, input.date))) return recomputeDeadlines(tx, { from: input.date, to: input.date });
    } else {
      const day = validateCalendarDay({
        date: input.date,
        kind: input.kind,
        name: input.name ?? before?.name ?? '',
        source: input.source ?? `${tx.actor.name}手工更正`,
        noticeYear: input.noticeYear ?? before?.noticeYear ?? defaultNoticeYear(input.date, input.name ?? ''),
      });
      // A year counts as loaded once it has days; only a whole notice may start one (importHolidayNotice).
      if (!before && (await listCalendarDays(tx.db, day.noticeYear)).length === 0) {
        throw new ValidationError(`${day.noticeYear}年节假日安排尚未导入：请先导入国务院办公厅通知（gongkai calendar import），再更正单日`);
      }
      await saveCalendarDay(tx.db, day, tx.clock.now(), tx.actor.id);
    }
    const after = input.kind === null ? null : await findCalendarDay(tx.db, input.date);
    await tx.audit.record(tx.db, tx.actor, {
      action: 'calendar.day_set',
      entityType: 'calendar_day',
      entityId: input.date,
      summary: `${input.date} ${after ? `设为${DAY_KIND_LABELS[after.kind]}（${after.name}）` : '恢复为按周一至周五计算'}`,
      before,
      after,
    });
    return recomputeDeadlines(tx, { from: input.date, to: input.date });
  });
}

function defaultNoticeYear(date: LocalDate, name: string): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5, 7) === '12' && name.includes('元旦') ? year + 1 : year;
}
