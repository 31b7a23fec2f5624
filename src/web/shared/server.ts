import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type Session } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySession from '@fastify/session';
import fastifyStatic from '@fastify/static';
import { databaseAuditLog } from '../../app/audit.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import type { Engine } from '../../app/context.ts';
import { DEFAULT_SESSION_LIFETIME_MS, sessionStore } from '../../app/accounts/sessionStore.ts';
import type { LogLevel } from '../../config/config.ts';
import { loggingOptions, type LogDestination } from './logging.ts';
import { registerRequestIdHeader } from './requestIds.ts';
import { registerHealthCheck } from './health.ts';
import { registerActorLoading } from './requestContext.ts';
import { derivedKey, registerCsrfCheck, registerCsrfProtection } from './csrf.ts';
import { registerHeaderGuard } from './headerGuard.ts';
import { trustedProxiesFor } from '../../config/config.ts';
import { registerErrorPages } from './errorHandling.tsx';
import { registerDisplayMode } from './displayMode.ts';
import { contentSecurityPolicy } from './securityHeaders.ts';
import { registerLoginRoutes } from '../public/loginRoutes.tsx';
import { registerPublicRoutes } from '../public/routes.tsx';
import { registerPublicDocumentRoutes } from '../public/documentRoutes.tsx';
import { registerApplicationRoutes } from '../public/applicationRoutes.tsx';
import { registerAdminRoutes } from '../admin/routes.tsx';
import { registerSentLetters } from '../../app/applications/letters/sentLetters.ts';

export interface ServerOptions {
  engine: Engine;
  clock: Clock;
  /** Level of the JSON request log (off by default, GONGKAI_LOG for `gongkai serve`). */
  logLevel?: LogLevel;
  /** Where log lines go instead of standard output. */
  logDestination?: LogDestination;
  /** The server sits behind an HTTPS proxy: cookies get `Secure`, HSTS is sent. */
  behindHttps?: boolean;
  /** Proxies whose X-Forwarded-* headers are believed (addresses/CIDRs); default loopback behind HTTPS, else none. */
  trustedProxies?: string[];
  /** Signs the session cookie; at least 32 characters. A random one (sessions end on restart) if absent. */
  sessionSecret?: string;
  /** Outer guard on POST /login per IP, on top of the per-account and per-IP throttling of `authenticate`. */
  loginRateLimit?: { max: number; timeWindowMs: number };
  /** The site's name in page headers and titles (GONGKAI_SITE_NAME). */
  siteName?: string;
}

export const ASSETS_DIR = fileURLToPath(new URL('../assets/', import.meta.url));

/** Assemble the web application: security headers, sessions in the database, CSRF, error pages and every route. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { engine, clock, behindHttps = false } = options;
  const proxies = trustedProxiesFor({ trustedProxies: options.trustedProxies }, behindHttps);
  const app = Fastify({ ...loggingOptions(options.logLevel, options.logDestination), trustProxy: proxies.length ? proxies : false, bodyLimit: 1024 * 1024 });
  const secret = options.sessionSecret ?? randomBytes(32).toString('hex');
  app.decorate('gongkai', { engine, clock, audit: databaseAuditLog(clock) });

  registerRequestIdHeader(app);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(behindHttps) },
    strictTransportSecurity: behindHttps,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyFormbody);
  await app.register(fastifyCookie, { secret: derivedKey(secret, 'cookie signing') });
  await app.register(fastifySession, {
    cookieName: 'gongkai_sid',
    secret,
    store: sessionStore<Session>({ db: engine.db, clock }, { onCallbackError: (err) => app.log.error({ err }, 'session store callback failed') }),
    saveUninitialized: false,
    cookie: { secure: behindHttps, httpOnly: true, sameSite: 'lax', path: '/', maxAge: DEFAULT_SESSION_LIFETIME_MS },
  });
  await registerCsrfProtection(app, secret, behindHttps);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyStatic, { root: ASSETS_DIR, prefix: '/assets/', maxAge: '1h', index: false });

  registerHeaderGuard(app);
  registerActorLoading(app);
  registerCsrfCheck(app);
  registerErrorPages(app);
  registerDisplayMode(app, options.siteName);

  registerHealthCheck(app);
  registerSentLetters(); // the public status page lists the letters sent to the applicant
  registerLoginRoutes(app, options.loginRateLimit ?? { max: 30, timeWindowMs: 60_000 });
  registerPublicRoutes(app);
  registerPublicDocumentRoutes(app);
  registerApplicationRoutes(app, secret);
  await app.register(registerAdminRoutes, { prefix: '/admin' });
  return app;
}
