import type { AppContext } from '../context.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { recentFailures } from '../../storage/repositories/loginFailure.repository.ts';

/**
 * Login throttling (docs/adr/0003; OWASP Authentication cheat sheet, "account lockout"):
 * - per account AND address: 5 failures in 15 minutes stop that address guessing that account, but a
 *   stranger elsewhere cannot lock the owner out;
 * - per address: 20 failures in 15 minutes across accounts (password spraying);
 * - per account from anywhere: after 5 failures each further attempt waits a growing delay
 *   (2, 4, 8 … at most 60 seconds after the latest failure), which slows a botnet to about one guess a
 *   minute per account while the owner waits at most a minute.
 */
export const THROTTLE = { windowMinutes: 15, perAccountAndIp: 5, perIp: 20, delayAfter: 5, maxDelaySeconds: 60 } as const;

/** Seconds to wait after the latest failure, given the account's failures in the window. */
export function accountDelaySeconds(failures: number): number {
  if (failures < THROTTLE.delayAfter) return 0;
  return Math.min(2 ** (failures - THROTTLE.delayAfter + 1), THROTTLE.maxDelaySeconds);
}

/** `auth.throttled` with how long to wait (sent as Retry-After). */
export class LoginThrottledError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    const wait = retryAfterSeconds >= 60 ? `${Math.ceil(retryAfterSeconds / 60)}分钟` : `${retryAfterSeconds}秒`;
    super('auth.throttled', `登录失败次数过多，请${wait}后再试`);
  }
}

/** Throws `auth.throttled` before the password is looked at, so a guesser learns nothing once limited. */
export async function assertNotThrottled(ctx: Pick<AppContext, 'db' | 'clock'>, username: string, ip: string): Promise<void> {
  const nowMs = Date.parse(ctx.clock.now());
  const since = new Date(nowMs - THROTTLE.windowMinutes * 60_000).toISOString();
  const [pair, address, account] = await Promise.all([
    recentFailures(ctx.db, { username, ip }, since),
    recentFailures(ctx.db, { ip }, since),
    recentFailures(ctx.db, { username }, since),
  ]);
  if (pair.count >= THROTTLE.perAccountAndIp || address.count >= THROTTLE.perIp) throw new LoginThrottledError(THROTTLE.windowMinutes * 60);
  const delayMs = accountDelaySeconds(account.count) * 1000;
  const waitMs = account.latest === null ? 0 : Date.parse(account.latest) + delayMs - nowMs;
  if (waitMs > 0) throw new LoginThrottledError(Math.ceil(waitMs / 1000));
}
