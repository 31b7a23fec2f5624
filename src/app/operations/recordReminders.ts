import { inTransaction, type AppContext } from '../context.ts';
import { loadCalendar } from '../calendar/loadCalendar.ts';
import { addWorkingDays } from '../../domain/calendar/arithmetic.ts';
import { insertReminderOnce, listUnpublishedDeadlinesUntil, type ReminderKind } from '../../storage/repositories/reminder.repository.ts';

/** How far ahead staff are warned: 3 working days before the 公开时限 (条例第二十六条 counts in 工作日). */
export const REMINDER_WORKING_DAYS = 3;

/**
 * Remind staff of documents whose publication deadline falls within 3 working days, or has
 * passed, while they are still unpublished: one reminder per deadline and kind (approaching,
 * then overdue), each with a `reminder.created` audit event. Returns how many are new.
 */
export async function recordReminders(ctx: AppContext): Promise<number> {
  const today = ctx.clock.today();
  const horizon = addWorkingDays(await loadCalendar(ctx), today, REMINDER_WORKING_DAYS);
  return inTransaction(ctx, async (tx) => {
    let created = 0;
    for (const due of await listUnpublishedDeadlinesUntil(tx.db, horizon)) {
      const kind: ReminderKind = due.dueDate < today ? 'overdue' : 'approaching';
      if (!(await insertReminderOnce(tx.db, { ...due, kind, createdAt: tx.clock.now() }))) continue;
      created += 1;
      await tx.audit.record(tx.db, tx.actor, {
        action: 'reminder.created', entityType: 'document', entityId: due.documentId, agencyId: due.agencyId,
        summary: kind === 'overdue' ? `文件「${due.title}」已超过公开时限（${due.dueDate}）仍未发布` : `文件「${due.title}」的公开时限 ${due.dueDate} 将在${REMINDER_WORKING_DAYS}个工作日内到期`,
        after: { kind, dueDate: due.dueDate, deadlineId: due.deadlineId },
      });
    }
    return created;
  });
}
