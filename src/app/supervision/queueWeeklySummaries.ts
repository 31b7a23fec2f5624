import { weeklySummaryText, isoWeekOf } from '../../domain/supervision/weeklySummary.ts';
import { outboxHasSubject } from '../../storage/repositories/outbox.repository.ts';
import { listUsersWithEmail } from '../../storage/repositories/user.repository.ts';
import { getActorForUser } from '../accounts/getActor.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { enqueueMessage } from '../operations/enqueueMessage.ts';
import { workQueue, type WorkQueueOptions } from './workQueue.ts';

/** Outbox subject type of the weekly summaries; the subject id is `userId:2026-W49`, so each week is sent once. */
export const WEEKLY_SUMMARY = 'work_queue_summary';

/** Not before 08:00 China time (00:00 UTC) of the day it is queued: the job's first run of a week is just after midnight. */
const morningOf = (today: string) => `${today}T00:00:00.000Z`;

/**
 * Once per ISO week, each enabled account with an e-mail address (users.email, migration 0012) and a
 * non-empty work queue gets that queue in the outbox: computed with that person as the actor, so it lists
 * exactly what their roles let them act on. Accounts without an address, or with nothing waiting, get nothing.
 * Returns how many summaries were queued.
 */
export async function queueWeeklySummaries(ctx: AppContext, options: WorkQueueOptions & { origin?: string | null } = {}): Promise<number> {
  const today = ctx.clock.today();
  const week = isoWeekOf(today);
  let queued = 0;
  for (const user of await listUsersWithEmail(ctx.db)) {
    const key = `${user.id}:${week}`;
    if (await outboxHasSubject(ctx.db, WEEKLY_SUMMARY, key)) continue;
    const actor = await getActorForUser(ctx.db, user.id);
    if (!actor) continue;
    const queue = await workQueue({ ...ctx, actor }, options);
    if (!queue.lines.length) continue;
    const { subject, body } = weeklySummaryText({ displayName: actor.name, today, groups: queue.groups, origin: options.origin ?? null });
    await inTransaction(ctx, (tx) => enqueueMessage(tx, { agencyId: user.agencyId, about: { type: WEEKLY_SUMMARY, id: key }, channel: 'email', recipient: user.email, subject, body, sendAfter: morningOf(today) }));
    queued++;
  }
  return queued;
}
