import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { DomainError, ValidationError } from '../../domain/shared/errors.ts';
import { deleteSessionsOfUser } from '../../storage/repositories/session.repository.ts';
import { findUserById, setUserPasswordHash } from '../../storage/repositories/user.repository.ts';
import { checkPasswordStrength, hashPassword, verifyPassword } from './passwords.ts';

export interface OwnPasswordInput {
  currentPassword: string;
  newPassword: string;
  /** The session making the change stays signed in; every other session of the user ends. */
  keepSessionId: string | null;
}

/** A signed-in user changes their own password after proving the current one (`user.password_changed`). */
export async function changeOwnPassword(ctx: AppContext, input: OwnPasswordInput): Promise<void> {
  if (!ctx.actor.id) throw new DomainError('unauthenticated', '请先登录');
  const user = await findUserById(ctx.db, ctx.actor.id);
  if (!user || user.disabled) throw new DomainError('unauthenticated', '请先登录');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError('当前密码不正确', [{ path: 'currentPassword', message: '当前密码不正确' }]);
  }
  try {
    checkPasswordStrength(input.newPassword);
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(error.message, [{ path: 'newPassword', message: error.message }]);
    throw error;
  }
  if (input.newPassword === input.currentPassword) throw new ValidationError('新密码不能与当前密码相同', [{ path: 'newPassword', message: '新密码不能与当前密码相同' }]);
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (tx) => {
    await setUserPasswordHash(tx.db, user.id, passwordHash);
    const endedSessions = await deleteSessionsOfUser(tx.db, user.id, input.keepSessionId);
    await tx.audit.record(tx.db, tx.actor, {
      action: 'user.password_changed',
      entityType: 'user',
      entityId: user.id,
      agencyId: user.agencyId,
      summary: `${user.username} 修改了本人密码（结束其他会话 ${endedSessions} 个）`,
    });
  });
}
