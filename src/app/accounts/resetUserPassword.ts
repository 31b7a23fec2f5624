import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { deleteSessionsOfUser } from '../../storage/repositories/session.repository.ts';
import { setUserPasswordHash } from '../../storage/repositories/user.repository.ts';
import { loadManagedUser } from './managedUser.ts';
import { checkPasswordStrength, hashPassword } from './passwords.ts';

/**
 * An admin sets a new password for an account they manage (`user.password_reset`); the account's
 * sessions end, so whoever held the old password is signed out. Their own password users change
 * at /admin/account/password (changeOwnPassword.ts), which asks for the current one.
 */
export async function resetUserPassword(ctx: AppContext, input: { userId: string; password: string }): Promise<void> {
  checkPasswordStrength(input.password);
  const passwordHash = await hashPassword(input.password);
  await inTransaction(ctx, async (tx) => {
    const user = await loadManagedUser(tx, input.userId);
    await setUserPasswordHash(tx.db, user.id, passwordHash);
    const endedSessions = await deleteSessionsOfUser(tx.db, user.id);
    await tx.audit.record(tx.db, tx.actor, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: user.id,
      agencyId: user.agencyId,
      summary: `重置用户 ${user.username} 的密码（结束会话 ${endedSessions} 个）`,
    });
  });
}
