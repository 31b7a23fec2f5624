import type { FastifyRequest } from 'fastify';
import { appConfig } from '../../config/config.ts';

// eslint-disable-next-line no-control-regex -- characters XML 1.0 does not allow
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text or attribute value escaped for XML, with characters XML 1.0 forbids removed. */
export function xmlEscape(value: string): string {
  return value.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A Host header we are willing to echo: a DNS name or IP literal and an optional port, nothing else. */
const SAFE_HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,62}\.)*[a-z0-9-]{0,63}|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The address this connection reached (what the server listens on), for a Host we will not echo. */
function listenOrigin(request: FastifyRequest): string {
  const { localAddress = '127.0.0.1', localPort } = request.socket;
  const host = localAddress.includes(':') ? `[${localAddress}]` : localAddress;
  return `${request.protocol}://${host}${localPort ? `:${localPort}` : ''}`;
}

/**
 * The site's origin for absolute URLs in feeds and the sitemap, and whether a shared cache may keep the
 * response. With GONGKAI_PUBLIC_ORIGIN it is that (cacheable). Without, the request's Host is echoed only
 * when it is a plain host[:port] (else the listen address), and the response is private: a forged Host
 * must never be stored by a cache and served to others (web cache poisoning, OWASP WSTG-INPV-17).
 */
export function publicOrigin(request: FastifyRequest): { origin: string; cacheable: boolean } {
  const configured = appConfig().publicOrigins[0];
  if (configured) return { origin: configured, cacheable: true };
  const host = request.host;
  return { origin: SAFE_HOST.test(host) ? `${request.protocol}://${host}` : listenOrigin(request), cacheable: false };
}

/** A China-time date as an RFC 3339 instant (midnight, +08:00), as Atom wants. */
export const atomDate = (localDate: string) => `${localDate}T00:00:00+08:00`;
