import type { AppContext } from '../context.ts';
import { listOpenReminders, type Reminder } from '../../storage/repositories/reminder.repository.ts';

export type { Reminder };

/**
 * 公开时限提醒 of the agencies a staff member works on (the caller passes the agencies the actor
 * may reach), for documents still unpublished, soonest first; once a deadline has passed only its
 * 已超期 reminder is shown.
 */
export async function listReminders(ctx: Pick<AppContext, 'db'>, agencyIds: string[]): Promise<Reminder[]> {
  const reminders = await listOpenReminders(ctx.db, agencyIds);
  const overdue = new Set(reminders.filter((r) => r.kind === 'overdue').map((r) => r.deadlineId));
  return reminders.filter((r) => r.kind === 'overdue' || !overdue.has(r.deadlineId));
}
