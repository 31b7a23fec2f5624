import type { AppContext } from '../context.ts';
import type { Actor } from '../../domain/accounts/roles.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { findUserByUsername } from '../../storage/repositories/user.repository.ts';
import { clearLoginFailures, countRecentFailures, recordLoginFailure } from '../../storage/repositories/loginFailure.repository.ts';
import { verifyPassword } from './passwords.ts';

/** Login throttling: at most this many failures in the window, per account and per address. */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perIp: 20 } as const;

/**
 * Check a username and password. Throttled before the password is even
 * looked at, so a guesser learns nothing once the limit is reached — not even
 * when they finally guess right. Every attempt is audited.
 */
export async function authenticate(ctx: AppContext, input: { username: string; password: string; ip: string }): Promise<Actor & { id: string }> {
  const username = input.username.trim();
  const since = new Date(Date.parse(ctx.clock.now()) - THROTTLE.windowMinutes * 60_000).toISOString();
  const [byAccount, byIp] = await Promise.all([
    countRecentFailures(ctx.db, { username }, since),
    countRecentFailures(ctx.db, { ip: input.ip }, since),
  ]);
  if (byAccount >= THROTTLE.perAccount || byIp >= THROTTLE.perIp) {
    throw new DomainError('auth.throttled', `登录失败次数过多，请${THROTTLE.windowMinutes}分钟后再试`);
  }
  const user = await findUserByUsername(ctx.db, username);
  const ok = user !== undefined && !user.disabled && (await verifyPassword(user.passwordHash, input.password));
  const actorForAudit = user ? { id: user.id, name: user.displayName, roles: [], agencyId: user.agencyId, regionId: null } : { ...ctx.actor, name: username || '（空用户名）' };
  await ctx.db.transaction().execute(async (trx) => {
    if (ok) await clearLoginFailures(trx, username);
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
