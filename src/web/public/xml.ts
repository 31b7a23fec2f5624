import type { FastifyRequest } from 'fastify';
import { appConfig } from '../../config/config.ts';

// eslint-disable-next-line no-control-regex -- characters XML 1.0 does not allow
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text or attribute value escaped for XML, with characters XML 1.0 forbids removed. */
export function xmlEscape(value: string): string {
  return value.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The site's public origin: the first of GONGKAI_PUBLIC_ORIGIN, else the request's own scheme and host. */
export function publicOrigin(request: FastifyRequest): string {
  const configured = appConfig().publicOrigins[0];
  return configured ?? `${request.protocol}://${request.host}`;
}

/** A China-time date as an RFC 3339 instant (midnight, +08:00), as Atom wants. */
export const atomDate = (localDate: string) => `${localDate}T00:00:00+08:00`;
