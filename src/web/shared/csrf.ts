import { createHmac } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyCsrfProtection from '@fastify/csrf-protection';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_COOKIE = 'gk_csrf';

/** A key for one purpose, derived from the server secret (so the cookie signer and the token HMAC never share a key). */
export function derivedKey(secret: string, purpose: string): string {
  return createHmac('sha256', secret).update(`gongkai ${purpose}`).digest('hex');
}

/**
 * What a signed-in user's tokens are bound to: the session id (a token from one session is useless
 * in another); anonymous forms (the login page) are bound to the cookie alone.
 */
function csrfUserInfo(request: FastifyRequest): string {
  return request.session?.userId ? request.session.sessionId : 'anonymous';
}

/**
 * Signed double-submit cookie (OWASP CSRF cheat sheet): the secret lives in a signed cookie, not in a
 * database session, so an anonymous GET /login stores nothing; tokens are HMAC-bound to the session
 * of a signed-in user.
 */
export async function registerCsrfProtection(app: FastifyInstance, secret: string, secure: boolean): Promise<void> {
  await app.register(fastifyCsrfProtection, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: CSRF_COOKIE,
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'lax', path: '/', secure },
    getUserInfo: csrfUserInfo,
    csrfOpts: { hmacKey: derivedKey(secret, 'csrf token') },
  });
}

/** The token for a form on this page. */
export function csrfTokenFor(request: FastifyRequest, reply: FastifyReply): string {
  return reply.generateCsrf({ userInfo: csrfUserInfo(request) });
}

/**
 * Every state-changing request must carry a valid CSRF token in the
 * form field `_csrf` (or an X-CSRF-Token header). Checked in preHandler, when
 * the form body has been parsed; a failure is a 403 page (errorHandling.ts).
 */
export function registerCsrfCheck(app: FastifyInstance): void {
  app.addHook('preHandler', (request, reply, done) => {
    if (SAFE_METHODS.has(request.method)) return done();
    app.csrfProtection(request, reply, done);
  });
}
