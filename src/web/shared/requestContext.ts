import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext, Engine } from '../../app/context.ts';
import type { AuditLog } from '../../app/audit.ts';
import { ANONYMOUS_ACTOR, getActorForUser } from '../../app/accounts/getActor.ts';
import { isStaff, type Actor } from '../../domain/accounts/roles.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import type { Viewer } from './layout.tsx';
import { csrfTokenFor } from './csrf.ts';

declare module 'fastify' {
  interface Session {
    userId?: string;
    /** When the user signed in: the absolute session lifetime counts from here (session.repository.ts). */
    signedInAt?: string;
  }
  interface FastifyRequest {
    /** Who sends this request: the signed-in user (reloaded from the database each time) or the anonymous visitor. */
    actor: Actor;
  }
  interface FastifyInstance {
    gongkai: AppServices;
  }
}

/** What the use cases need from the server, shared by every request. */
export interface AppServices {
  engine: Engine;
  clock: Clock;
  audit: AuditLog;
}

/**
 * Load the actor for each request from the session's user id. A user who was
 * deleted or disabled since signing in becomes anonymous and the stale id is dropped.
 */
export function registerActorLoading(app: FastifyInstance): void {
  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('onRequest', async (request) => {
    request.actor = ANONYMOUS_ACTOR;
    if (request.url.startsWith('/assets/')) return;
    const userId = request.session?.userId;
    if (!userId) return;
    const actor = await getActorForUser(app.gongkai.engine.db, userId);
    if (actor) request.actor = actor;
    else delete request.session.userId;
  });
}

/** The use-case context for this request. */
export function contextOf(request: FastifyRequest): AppContext {
  const { engine, clock, audit } = request.server.gongkai;
  return { actor: request.actor, db: engine.db, clock, audit };
}

/** The signed-in actor, or an `unauthenticated` error (the error handler redirects to /login). */
export function requireSignedIn(request: FastifyRequest): Actor {
  if (!request.actor.id) throw new DomainError('unauthenticated', '请先登录');
  return request.actor;
}

/** The header's view of the visitor; creates a CSRF token only for signed-in users (anonymous pages set no cookie). */
export function viewerOf(request: FastifyRequest, reply: FastifyReply): Viewer | null {
  const actor = request.actor;
  if (!actor.id) return null;
  return { displayName: actor.name, csrfToken: csrfTokenFor(request, reply), isStaff: isStaff(actor) };
}

/** The header's view of a signed-in user (back-office pages). */
export function staffViewerOf(request: FastifyRequest, reply: FastifyReply): Viewer {
  requireSignedIn(request);
  return viewerOf(request, reply) as Viewer;
}
