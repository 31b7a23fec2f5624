import type { FastifyInstance } from 'fastify';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every state-changing request must carry the session's CSRF token in the
 * form field `_csrf` (or an X-CSRF-Token header). Checked in preHandler, when
 * the form body has been parsed; a failure is a 403 page (errorHandling.ts).
 */
export function registerCsrfCheck(app: FastifyInstance): void {
  app.addHook('preHandler', (request, reply, done) => {
    if (SAFE_METHODS.has(request.method)) return done();
    app.csrfProtection(request, reply, done);
  });
}
