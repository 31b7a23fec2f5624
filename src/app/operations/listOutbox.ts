import type { AppContext } from '../context.ts';
import { can, type Actor } from '../../domain/accounts/roles.ts';
import type { OutboxStatus } from '../../domain/outbox/outboxMessage.ts';
import { ForbiddenError } from '../../domain/shared/errors.ts';
import { countFailedMessages, listOutboxMessages, type StoredOutboxMessage } from '../../storage/repositories/outbox.repository.ts';

export type { StoredOutboxMessage };

/**
 * An agency's outbox is its administrator's business, as its accounts are ('agency.manage'); system
 * administrators manage every message, system-wide ones included. Region supervisors see none: the
 * messages carry applicants' contact details (issue 9 item 7).
 */
export const mayManageOutboxOf = (actor: Actor, agencyId: string | null) => can(actor, 'agency.manage', { agencyId, regionPath: [] });

/** Whether the actor may open /admin/outbox at all. */
export const mayViewOutbox = (actor: Actor) => actor.roles.includes('system_admin') || (actor.agencyId !== null && mayManageOutboxOf(actor, actor.agencyId));

/** 发件箱: the messages the actor may see, newest first, optionally of one status. */
export async function listOutbox(
  ctx: AppContext,
  query: { status?: OutboxStatus; limit: number; offset: number },
): Promise<{ messages: StoredOutboxMessage[]; total: number }> {
  return listOutboxMessages(ctx.db, { agencyIds: visibleAgencies(ctx.actor), ...query });
}

/** The 工作台's pointer: how many of the actor's messages failed for good, or null when the actor has no outbox to see. */
export async function countFailedOutbox(ctx: Pick<AppContext, 'actor' | 'db'>): Promise<number | null> {
  return mayViewOutbox(ctx.actor) ? countFailedMessages(ctx.db, visibleAgencies(ctx.actor)) : null;
}

/** null: every agency (system admins); else the admin's own agency. */
function visibleAgencies(actor: Actor): string[] | null {
  if (!mayViewOutbox(actor)) throw new ForbiddenError('只有系统管理员和单位管理员可以查看发件箱');
  return actor.roles.includes('system_admin') ? null : [actor.agencyId!];
}
