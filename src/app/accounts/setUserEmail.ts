import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { normalizeUserEmail } from '../../domain/accounts/userManagement.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { findUserByUsername, setUserEmailAddress } from '../../storage/repositories/user.repository.ts';
import { loadManagedUser } from './managedUser.ts';

/**
 * Set or clear (blank) the e-mail address of an account the actor manages (`user.email_changed`): the weekly
 * summary of that person's work queue goes there (app/supervision/queueWeeklySummaries.ts). The audit event
 * says that it changed, not the address itself (addresses are masked in audit, as the outbox does).
 */
export async function setUserEmail(ctx: AppContext, input: ({ userId: string } | { username: string }) & { email: string | null }): Promise<{ changed: boolean }> {
  const email = normalizeUserEmail(input.email);
  return inTransaction(ctx, async (tx) => {
    const user = await loadManagedUser(tx, await userIdOf(tx, input));
    if (user.email === email) return { changed: false };
    await setUserEmailAddress(tx.db, user.id, email);
    await tx.audit.record(tx.db, tx.actor, {
      action: 'user.email_changed',
      entityType: 'user',
      entityId: user.id,
      agencyId: user.agencyId,
      summary: email ? `设置用户 ${user.username} 的电子邮件地址` : `清除用户 ${user.username} 的电子邮件地址`,
      before: { email: user.email !== null },
      after: { email: email !== null },
    });
    return { changed: true };
  });
}

/** The account named by id (web forms) or by user name (the CLI). */
async function userIdOf(ctx: AppContext, input: { userId: string } | { username: string }): Promise<string> {
  if ('userId' in input) return input.userId;
  const user = await findUserByUsername(ctx.db, input.username);
  if (!user) throw new ValidationError(`找不到用户「${input.username}」（gongkai user list 列出所有用户）`);
  return user.id;
}
