import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { assertNotSelf } from '../../domain/accounts/userManagement.ts';
import { deleteSessionsOfUser } from '../../storage/repositories/session.repository.ts';
import { setUserDisabled } from '../../storage/repositories/user.repository.ts';
import { loadManagedUser } from './managedUser.ts';

/**
 * Disable (`user.disabled`) or re-enable (`user.enabled`) an account. A disabled account cannot sign in
 * (authenticate.ts) and its sessions end at once, in the same transaction.
 */
export async function setUserEnabled(ctx: AppContext, input: { userId: string; enabled: boolean }): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const user = await loadManagedUser(tx, input.userId);
    assertNotSelf(tx.actor, user.id);
    if (user.disabled === !input.enabled) return;
    await setUserDisabled(tx.db, user.id, !input.enabled);
    const endedSessions = input.enabled ? 0 : await deleteSessionsOfUser(tx.db, user.id);
    await tx.audit.record(tx.db, tx.actor, {
      action: input.enabled ? 'user.enabled' : 'user.disabled',
      entityType: 'user',
      entityId: user.id,
      agencyId: user.agencyId,
      summary: input.enabled ? `启用用户 ${user.username}` : `停用用户 ${user.username}（结束会话 ${endedSessions} 个）`,
      before: { disabled: user.disabled },
      after: { disabled: !input.enabled },
    });
  });
}
