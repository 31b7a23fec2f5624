import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';
import { DEFAULT_SITE_NAME } from '../../config/config.ts';
import { safeNextPath } from './errors.ts';

/**
 * 适老化: a large-text, high-contrast display that a visitor switches on with a plain link
 * (GET /display?mode=large&next=/path) and that persists in a cookie for a year. No session,
 * no JavaScript. The layout reads the choice and the current path from a request-scoped store.
 */
export const DISPLAY_COOKIE = 'gk_display';
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

export interface DisplayPrefs {
  large: boolean;
  /** The current page's path and query, for the switch link to return to. */
  path: string;
  /** The site's name (GONGKAI_SITE_NAME) for the header and title of the page being rendered. */
  siteName: string;
}

const store = new AsyncLocalStorage<DisplayPrefs>();

/** The display preference of the request being rendered (standard when rendered outside a request). */
export function displayPrefs(): DisplayPrefs {
  return store.getStore() ?? { large: false, path: '/', siteName: DEFAULT_SITE_NAME };
}

/** The link that switches to the other mode and comes back here. */
export function displaySwitchHref(prefs: DisplayPrefs): string {
  return `/display?mode=${prefs.large ? 'standard' : 'large'}&next=${encodeURIComponent(prefs.path)}`;
}

export function registerDisplayMode(app: FastifyInstance, siteName = DEFAULT_SITE_NAME): void {
  app.addHook('preHandler', (request, _reply, done) => {
    const large = request.cookies?.[DISPLAY_COOKIE] === 'large';
    store.run({ large, path: request.url.startsWith('/display') ? '/' : request.url, siteName }, done);
  });

  app.get<{ Querystring: { mode?: string; next?: string } }>('/display', async (request, reply) => {
    const large = request.query.mode === 'large';
    reply.setCookie(DISPLAY_COOKIE, large ? 'large' : 'standard', { path: '/', maxAge: ONE_YEAR_SECONDS, httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' });
    const next = safeNextPath(request.query.next) ?? '/';
    return reply.header('cache-control', 'no-store').redirect(next, 303);
  });
}
