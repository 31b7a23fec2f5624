import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AttachmentDownload } from '../../app/documents/readAttachment.ts';

/** RFC 6266 Content-Disposition with an RFC 5987 `filename*` for the (Chinese) name and an ASCII fallback. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/** The stored sha256 is the content's identity, so it is a strong ETag. */
export const etagOf = (sha256: string) => `"${sha256}"`;

/** RFC 9110 §13.1.2: If-None-Match is `*` or a list of entity tags, compared weakly. */
export function matchesIfNoneMatch(header: string | string[] | undefined, etag: string): boolean {
  const value = [header ?? []].flat().join(',').trim();
  if (!value) return false;
  if (value === '*') return true;
  return value.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Send an attachment streamed from the store with its length, type and name; a matching
 * If-None-Match gets 304 without opening the file. `cacheControl` says who may keep a copy.
 */
export async function sendAttachment(request: FastifyRequest, reply: FastifyReply, file: AttachmentDownload, cacheControl: string) {
  const etag = etagOf(file.sha256);
  if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) {
    return reply.code(304).header('etag', etag).header('cache-control', cacheControl).send();
  }
  const opened = await file.open();
  return reply
    .type(file.mediaType)
    .header('content-length', opened.size)
    .header('etag', etag)
    .header('cache-control', cacheControl)
    .header('content-disposition', contentDisposition(file.displayName))
    .header('x-content-type-options', 'nosniff')
    .send(opened.stream);
}
