import type { FastifyInstance } from 'fastify';
import { publishDueDocuments } from '../../app/documents/publishDueDocuments.ts';
import { SYSTEM_ACTOR } from '../../domain/accounts/roles.ts';

export const PUBLISH_INTERVAL_MS = 60_000;

/**
 * 定时发布: every minute, publish the scheduled documents whose time has come (as the
 * system). The timer does not keep the process alive and stops when the server closes.
 */
export function registerScheduledPublishing(app: FastifyInstance, intervalMs = PUBLISH_INTERVAL_MS): void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const { engine, clock, audit } = app.gongkai;
      const result = await publishDueDocuments({ actor: SYSTEM_ACTOR, db: engine.db, clock, audit });
      if (result.published.length || result.held.length) app.log.info({ published: result.published, held: result.held }, 'scheduled publishing');
    } catch (error) {
      app.log.error({ err: error }, 'scheduled publishing failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
