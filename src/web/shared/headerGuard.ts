import { validateHeaderValue } from 'node:http';
import type { FastifyInstance } from 'fastify';

/**
 * Node refuses to write a header with a control or non-Latin-1 character (ERR_INVALID_CHAR), and the
 * refusal comes after the route has finished — inside the session store's callback, where it used to
 * escape as an unhandled rejection and stop the process. So every response passes this guard last:
 * the Location of every redirect is encoded here (the one place redirects are made safe), and any
 * other header that Node would refuse turns the response into the 500 page instead of a crash.
 */
export class UnsafeHeaderError extends Error {
  constructor(readonly header: string) {
    super(`refused unsafe response header ${header}`);
    this.name = 'UnsafeHeaderError';
  }
}

/** Non-ASCII characters percent-encoded as UTF-8 (RFC 3986 §2.1); null for a lone surrogate, which cannot be. */
export function encodeNonAscii(text: string): string | null {
  try {
    return text.replace(/\P{ASCII}+/gu, (run) => encodeURIComponent(run));
  } catch {
    return null;
  }
}

/** A redirect target as it may stand in a header: printable ASCII after encoding, else the home page. */
export function safeLocation(location: string): string {
  const encoded = encodeNonAscii(location);
  return encoded !== null && /^[\x21-\x7e]+$/.test(encoded) ? encoded : '/';
}

function firstUnsafeHeader(headers: Record<string, unknown>): string | undefined {
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || value === null) continue;
    try {
      validateHeaderValue(name, String(value));
    } catch {
      return name;
    }
  }
  return undefined;
}

/** Registered after the session plugin, so it runs after the session is saved and just before the head is written. */
export function registerHeaderGuard(app: FastifyInstance): void {
  app.addHook('onSend', (_request, reply, payload, done) => {
    const location = reply.getHeader('location');
    if (typeof location === 'string') reply.header('location', safeLocation(location));
    const unsafe = firstUnsafeHeader(reply.getHeaders());
    if (unsafe === undefined) return done(null, payload);
    reply.removeHeader(unsafe);
    done(new UnsafeHeaderError(unsafe));
  });
}
