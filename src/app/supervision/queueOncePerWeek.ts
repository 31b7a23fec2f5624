import { isoWeekOf } from '../../domain/supervision/weeklySummary.ts';
import type { WeeklySummaryText } from '../../domain/supervision/weeklySummary.ts';
import type { Actor } from '../../domain/accounts/roles.ts';
import { outboxHasSubject } from '../../storage/repositories/outbox.repository.ts';
import { listUsersWithEmail } from '../../storage/repositories/user.repository.ts';
import { getActorForUser } from '../accounts/getActor.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { enqueueMessage } from '../operations/enqueueMessage.ts';

/** Not before 08:00 China time (00:00 UTC) of the day it is queued: the job's first run of a week is just after midnight. */
const morningOf = (today: string) => `${today}T00:00:00.000Z`;

/**
 * Once per ISO week, each enabled account with an e-mail address (users.email, migration 0012) gets the mail that
 * `compose` writes with that person as the actor (so it holds only what their roles may see); `compose` returns
 * null for nothing to say. The outbox subject is (`subjectType`, `userId:2026-W49`), so a week is never sent twice.
 * Returns how many messages were queued.
 */
export async function queueOncePerWeek(ctx: AppContext, subjectType: string, compose: (as: AppContext & { actor: Actor }) => Promise<WeeklySummaryText | null>): Promise<number> {
  const today = ctx.clock.today();
  const week = isoWeekOf(today);
  let queued = 0;
  for (const user of await listUsersWithEmail(ctx.db)) {
    const key = `${user.id}:${week}`;
    if (await outboxHasSubject(ctx.db, subjectType, key)) continue;
    const actor = await getActorForUser(ctx.db, user.id);
    if (!actor) continue;
    const text = await compose({ ...ctx, actor });
    if (!text) continue;
    await inTransaction(ctx, (tx) => enqueueMessage(tx, { agencyId: user.agencyId, about: { type: subjectType, id: key }, channel: 'email', recipient: user.email, subject: text.subject, body: text.body, sendAfter: morningOf(today) }));
    queued++;
  }
  return queued;
}
