import { workingDaysBetween } from '../../domain/calendar/arithmetic.ts';
import { computeStoredDeadline } from '../../domain/applications/answerDeadline.ts';
import { dayNumber } from '../../domain/calendar/localDate.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar.ts';
import { listDeadlinesTouching, updateDeadlineDues, type StoredDeadline } from '../../storage/repositories/deadline.repository.ts';
import { recordAll } from '../audit.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { loadCalendar } from './loadCalendar.ts';
import { syncSubjectDues, type RecomputedDeadline } from './syncSubjectDue.ts';

export interface DeadlineShift {
  id: string;
  label: string;
  subjectType: string;
  subjectId: string;
  before: { due: LocalDate | null; provisional: boolean };
  after: { due: LocalDate | null; provisional: boolean };
  /** Calendar days the due date moved (positive = later). */
  days: number;
  /** Working days between the old and the new due date on the new calendar (positive = later). */
  workingDays: number;
}

/** What a calendar change did to stored deadlines, for the admin. */
export interface RecomputeSummary {
  examined: number;
  moved: number;
  /** Provisional deadlines that are now final (their year's notice was loaded). */
  settled: number;
  shifts: DeadlineShift[];
  text: string;
}

/**
 * Recompute every stored deadline that the days `from`…`to` may affect, with the
 * calendar as it is now in `ctx.db`, in one transaction; one audit event
 * `deadline.recomputed` per changed deadline. Called by every calendar edit.
 */
export async function recomputeDeadlines(ctx: AppContext, changed: { from: LocalDate; to: LocalDate }): Promise<RecomputeSummary> {
  return inTransaction(ctx, async (tx) => {
    const calendar = await loadCalendar(tx);
    const candidates = await listDeadlinesTouching(tx.db, changed.from, changed.to);
    const changes: RecomputedDeadline[] = [];
    const shifts: DeadlineShift[] = [];
    for (const deadline of candidates) {
      const result = computeStoredDeadline(calendar, deadline.rule, deadline.startDate);
      // The cheap path, and most candidates: the due date and its status stay as stored.
      if (result.due === deadline.dueDate && result.provisional === deadline.provisional) continue;
      changes.push({ deadline, result });
      shifts.push(shiftOf(calendar, deadline, result));
    }
    // Thousands of deadlines can move at once (a notice for a new year): the writes go in batches.
    await updateDeadlineDues(tx.db, changes.map(({ deadline, result }) => ({ id: deadline.id, due: result.due, provisional: result.provisional })), tx.clock.now());
    await syncSubjectDues(tx, changes);
    await recordAll(tx.audit, tx.db, tx.actor, shifts.map((shift, i) => ({
      action: 'deadline.recomputed',
      entityType: 'deadline',
      entityId: shift.id,
      agencyId: changes[i]!.deadline.agencyId,
      summary: `「${shift.label}」期限因节假日安排调整重算：${describeShift(shift)}`,
      before: shift.before,
      after: shift.after,
    })));
    return summarise(candidates.length, shifts);
  });
}

function shiftOf(calendar: WorkingCalendar, deadline: StoredDeadline, result: { due: LocalDate | null; provisional: boolean }): DeadlineShift {
  const before = { due: deadline.dueDate, provisional: deadline.provisional };
  const after = { due: result.due, provisional: result.provisional };
  const moved = before.due !== null && after.due !== null;
  return {
    id: deadline.id,
    label: deadline.label,
    subjectType: deadline.subjectType,
    subjectId: deadline.subjectId,
    before,
    after,
    days: moved ? dayNumber(after.due!) - dayNumber(before.due!) : 0,
    workingDays: moved ? workingDaysBetween(calendar, before.due!, after.due!) : 0,
  };
}

function describeShift(s: DeadlineShift): string {
  const status = s.before.provisional && !s.after.provisional ? '，由暂定转为确定' : s.after.provisional ? '（暂定）' : '';
  if (s.days === 0) return `${s.after.due ?? '无'} 不变${status}`;
  return `${s.before.due} → ${s.after.due}（${s.days > 0 ? '推迟' : '提前'} ${Math.abs(s.days)} 天）${status}`;
}

function summarise(examined: number, shifts: DeadlineShift[]): RecomputeSummary {
  const moved = shifts.filter((s) => s.days !== 0);
  const settled = shifts.filter((s) => s.before.provisional && !s.after.provisional).length;
  const byDays = new Map<number, number>();
  for (const s of moved) byDays.set(s.days, (byDays.get(s.days) ?? 0) + 1);
  const parts = [...byDays]
    .sort(([a], [b]) => a - b)
    .map(([days, count]) => `${count} 个${days > 0 ? '推迟' : '提前'} ${Math.abs(days)} 天`);
  const text =
    `检查 ${examined} 个期限，${moved.length} 个截止日期变动` +
    (parts.length ? `（${parts.join('，')}）` : '') +
    (settled ? `，${settled} 个由暂定转为确定` : '');
  return { examined, moved: moved.length, settled, shifts, text };
}
