import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorPage } from './errorPage.tsx';
import { describeFailure, NOT_FOUND_PAGE } from './errors.ts';
import type { Viewer } from './layout.tsx';
import { sendPage } from './render.ts';
import { viewerOf } from './requestContext.ts';

/** The header of an error page; an error page must render even when the session itself failed. */
function safeViewer(request: FastifyRequest, reply: FastifyReply): Viewer | null {
  try {
    return request.session && request.actor ? viewerOf(request, reply) : null;
  } catch {
    return null;
  }
}

/** Map every thrown error and every unknown URL to a Chinese page with the right status. */
export function registerErrorPages(app: FastifyInstance): void {
  app.setErrorHandler(async (error, request, reply) => {
    const failure = describeFailure(error, request.url);
    if (failure.kind === 'redirect') return reply.redirect(failure.location, 303);
    if (failure.logAsError) request.log.error({ err: error }, 'request failed');
    const retryAfter = reply.getHeader('retry-after');
    if (failure.status === 429 && !retryAfter) reply.header('retry-after', '900');
    return sendPage(
      reply,
      <ErrorPage
        status={failure.status}
        title={failure.title}
        message={failure.message}
        viewer={safeViewer(request, reply)}
        requestId={failure.status >= 500 ? request.id : undefined}
      />,
      failure.status,
    );
  });

  app.setNotFoundHandler(async (request, reply) =>
    sendPage(
      reply,
      <ErrorPage status={404} title={NOT_FOUND_PAGE.title} message={NOT_FOUND_PAGE.message} viewer={safeViewer(request, reply)} />,
      404,
    ),
  );
}
