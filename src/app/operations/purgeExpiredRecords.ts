import { inTransaction, type AppContext } from '../context.ts';
import { purgeExpiredSessions } from '../../storage/repositories/session.repository.ts';
import { purgeLoginFailures } from '../../storage/repositories/loginFailure.repository.ts';

/** Failed logins older than this no longer count toward any throttle (authenticate looks back far less). */
export const LOGIN_FAILURE_RETENTION_MS = 24 * 3600 * 1000;

/**
 * Delete expired sessions and login failures older than a day, in one transaction, with one
 * `operations.purged` audit event when anything went (counts only: no session or user data).
 */
export async function purgeExpiredRecords(ctx: AppContext): Promise<{ sessions: number; loginFailures: number }> {
  const now = ctx.clock.now();
  const before = new Date(Date.parse(now) - LOGIN_FAILURE_RETENTION_MS).toISOString();
  return inTransaction(ctx, async (tx) => {
    const sessions = await purgeExpiredSessions(tx.db, now);
    const loginFailures = await purgeLoginFailures(tx.db, before);
    if (sessions + loginFailures > 0) {
      await tx.audit.record(tx.db, tx.actor, {
        action: 'operations.purged', entityType: 'system', entityId: null,
        summary: `清理过期会话 ${sessions} 个、登录失败记录 ${loginFailures} 条`, after: { sessions, loginFailures },
      });
    }
    return { sessions, loginFailures };
  });
}
