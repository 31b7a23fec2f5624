import type { AppContext } from '../context.ts';
import { can, type Actor } from '../../domain/accounts/roles.ts';
import type { OutboxStatus } from '../../domain/outbox/outboxMessage.ts';
import { ForbiddenError } from '../../domain/shared/errors.ts';
import { listOutboxMessages, type StoredOutboxMessage } from '../../storage/repositories/outbox.repository.ts';

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
  if (!mayViewOutbox(ctx.actor)) throw new ForbiddenError('只有系统管理员和单位管理员可以查看发件箱');
  const agencyIds = ctx.actor.roles.includes('system_admin') ? null : [ctx.actor.agencyId!];
  return listOutboxMessages(ctx.db, { agencyIds, ...query });
}
