import { weeklySummaryText } from '../../domain/supervision/weeklySummary.ts';
import type { AppContext } from '../context.ts';
import { queueOncePerWeek } from './queueOncePerWeek.ts';
import { workQueue, type WorkQueueOptions } from './workQueue.ts';

/** Outbox subject type of the weekly summaries; the subject id is `userId:2026-W49`, so each week is sent once. */
export const WEEKLY_SUMMARY = 'work_queue_summary';

/**
 * Once per ISO week, each enabled account with an e-mail address (users.email, migration 0012) and a
 * non-empty work queue gets that queue in the outbox: computed with that person as the actor, so it lists
 * exactly what their roles let them act on. Accounts without an address, or with nothing waiting, get nothing.
 * Returns how many summaries were queued.
 */
export async function queueWeeklySummaries(ctx: AppContext, options: WorkQueueOptions & { origin?: string | null } = {}): Promise<number> {
  return queueOncePerWeek(ctx, WEEKLY_SUMMARY, async (as) => {
    const queue = await workQueue(as, options);
    if (!queue.lines.length) return null;
    return weeklySummaryText({ displayName: as.actor.name, today: as.clock.today(), groups: queue.groups, origin: options.origin ?? null });
  });
}
