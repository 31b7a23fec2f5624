import type { FastifyReply } from 'fastify';
import type { Child } from 'hono/jsx';

/** Render a hono/jsx page to a complete HTML document. */
export async function renderDocument(page: Child): Promise<string> {
  const html = await Promise.resolve(page);
  return `<!doctype html>${String(html)}`;
}

/** Send a page as HTML with the given status. Pages are never cached by shared caches. */
export async function sendPage(reply: FastifyReply, page: Child, status = 200): Promise<FastifyReply> {
  const body = await renderDocument(page);
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
}
