import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authenticate } from '../../app/accounts/authenticate.ts';
import { LoginThrottledError } from '../../app/accounts/loginThrottle.ts';
import { isDomainError } from '../../domain/shared/errors.ts';
import { safeNextPath } from '../shared/errors.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf } from '../shared/requestContext.ts';
import { csrfTokenFor } from '../shared/csrf.ts';
import { LoginPage, type LoginPageProps } from './views/loginPage.tsx';

interface LoginBody {
  username?: unknown;
  password?: unknown;
  next?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function showLogin(request: FastifyRequest, reply: FastifyReply, status: number, props: Omit<LoginPageProps, 'csrfToken'>) {
  return sendPage(reply, <LoginPage csrfToken={csrfTokenFor(request, reply)} {...props} />, status);
}

/** GET/POST /login and POST /logout. A new session id is issued at sign-in (no session fixation). */
export function registerLoginRoutes(app: FastifyInstance, rateLimit: { max: number; timeWindowMs: number }): void {
  app.get<{ Querystring: { next?: string } }>('/login', async (request, reply) => {
    const next = safeNextPath(request.query.next);
    if (request.actor.id) return reply.redirect(next ?? '/admin', 303);
    return showLogin(request, reply, 200, { username: '', next, error: null, fieldErrors: {} });
  });

  app.post<{ Body: LoginBody }>(
    '/login',
    { config: { rateLimit: { max: rateLimit.max, timeWindow: rateLimit.timeWindowMs } } },
    async (request, reply) => {
      const username = text(request.body?.username).trim();
      const password = text(request.body?.password);
      const next = safeNextPath(request.body?.next);
      const fieldErrors: LoginPageProps['fieldErrors'] = {};
      if (!username) fieldErrors.username = '请输入用户名';
      if (!password) fieldErrors.password = '请输入密码';
      if (fieldErrors.username || fieldErrors.password) {
        return showLogin(request, reply, 400, { username, next, error: null, fieldErrors });
      }
      try {
        const user = await authenticate(contextOf(request), { username, password, ip: request.ip });
        await request.session.regenerate();
        request.session.userId = user.id;
        request.session.signedInAt = request.server.gongkai.clock.now();
        return reply.redirect(next ?? '/admin', 303);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        if (error.code === 'auth.invalid_credentials') {
          return showLogin(request, reply, 401, { username, next, error: '用户名或密码错误，请重新输入。', fieldErrors: {} });
        }
        if (error.code === 'auth.throttled') {
          reply.header('retry-after', String(error instanceof LoginThrottledError ? error.retryAfterSeconds : 900));
          return showLogin(request, reply, 429, { username, next, error: error.message || '登录失败次数过多，请稍后再试。', fieldErrors: {} });
        }
        throw error;
      }
    },
  );

  app.post('/logout', async (request, reply) => {
    await request.session.destroy();
    return reply.redirect('/', 303);
  });
}
