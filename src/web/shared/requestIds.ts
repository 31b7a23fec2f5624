import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

/**
 * A request id a proxy may pass in X-Request-Id: letters, digits and `-_.:`, at most 100 characters
 * (a UUID, a trace id). Anything else is ignored, so a client cannot inject text into the log or the page.
 */
export const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Fastify's genReqId: the caller's X-Request-Id when it is safe, else a new UUID. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Echo the request id on every response, so a user or a proxy can quote it. */
export function registerRequestIdHeader(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
}
