import type { AppContext } from '../context.ts';
import type { Actor } from '../../domain/accounts/roles.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { findUserByUsername } from '../../storage/repositories/user.repository.ts';
import { clearLoginFailures, recordLoginFailure } from '../../storage/repositories/loginFailure.repository.ts';
import { dummyPasswordHash, verifyPassword } from './passwords.ts';
import { assertNotThrottled } from './loginThrottle.ts';

export { THROTTLE } from './loginThrottle.ts';

export type PasswordVerifier = (passwordHash: string, password: string) => Promise<boolean>;

/**
 * Check a username and password. Throttled before the password is even
 * looked at (loginThrottle.ts). Unknown and disabled accounts are verified
 * against a dummy hash, so every answer costs one argon2 verification and the
 * timing does not tell which usernames exist (OWASP Authentication cheat sheet).
 * Every attempt is audited.
 */
export async function authenticate(
  ctx: AppContext,
  input: { username: string; password: string; ip: string },
  verify: PasswordVerifier = verifyPassword,
): Promise<Actor & { id: string }> {
  const username = input.username.trim();
  await assertNotThrottled(ctx, username, input.ip);
  const user = await findUserByUsername(ctx.db, username);
  const usable = user !== undefined && !user.disabled;
  const verified = await verify(usable ? user.passwordHash : await dummyPasswordHash(), input.password);
  const ok = usable && verified;
  const actorForAudit = user ? { id: user.id, name: user.displayName, roles: [], agencyId: user.agencyId, regionId: null } : { ...ctx.actor, name: username || '（空用户名）' };
  await ctx.db.transaction().execute(async (trx) => {
    if (ok) await clearLoginFailures(trx, username, input.ip);
    else await recordLoginFailure(trx, username, input.ip, ctx.clock.now());
    await ctx.audit.record(trx, actorForAudit, {
      action: ok ? 'auth.login' : 'auth.login_failed',
      entityType: 'user',
      entityId: user?.id ?? null,
      agencyId: user?.agencyId ?? null,
      summary: `${ok ? '登录成功' : '登录失败'}：${username}（${input.ip}）`,
    });
  });
  if (!ok || !user) throw new DomainError('auth.invalid_credentials', '用户名或密码不正确');
  return { id: user.id, name: user.displayName, roles: user.roles, agencyId: user.agencyId, regionId: user.regionId };
}
