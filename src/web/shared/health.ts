import type { FastifyInstance } from 'fastify';

/** A health check that hangs is as bad as a failed one: give the database this long to answer. */
export const HEALTH_TIMEOUT_MS = 3000;

async function databaseAnswers(ping: () => Promise<void>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS);
    timer.unref();
  });
  try {
    return await Promise.race([ping().then(() => true as const), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * GET /healthz for load balancers and monitoring: the process is up and the database answers a
 * `select 1`. Says nothing else (no versions, no addresses), is never cached, opens no session
 * (nothing is written to it) and is exempt from rate limits, so a busy probe cannot lock itself out.
 */
export function registerHealthCheck(app: FastifyInstance): void {
  app.get('/healthz', { config: { rateLimit: false } }, async (_request, reply) => {
    const ok = await databaseAnswers(() => app.gongkai.engine.ping());
    reply.header('cache-control', 'no-store');
    return reply.code(ok ? 200 : 503).send(ok ? { status: 'ok', database: 'ok' } : { status: 'error', database: 'unreachable' });
  });
}
