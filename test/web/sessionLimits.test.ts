import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { it, describe } from 'node:test';
import Fastify from 'fastify';
import { describeEachEngine } from '../helpers/databases.ts';
import { REPO_ROOT } from '../helpers/appContext.ts';
import { buildWebTestApp, PASSWORD, WebClient } from '../helpers/webApp.ts';
import { THROTTLE } from '../../src/app/accounts/authenticate.ts';
import { queryAuditEvents } from '../../src/storage/repositories/audit.repository.ts';
import { DEFAULT_ABSOLUTE_LIFETIME_MS } from '../../src/storage/repositories/session.repository.ts';
import { registerHeaderGuard } from '../../src/web/shared/headerGuard.ts';
import type { Engine } from '../../src/storage/database.ts';

const countSessions = async (engine: Engine) =>
  Number((await engine.db.selectFrom('sessions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n);

const loginAddresses = async (engine: Engine) =>
  (await queryAuditEvents(engine.db, { limit: 100, offset: 0 })).events.filter((e) => e.action.startsWith('auth.login')).map((e) => /（(.*)）$/.exec(e.summary)?.[1]);

describeEachEngine('sessions, CSRF cookie and forwarded addresses', (open) => {
  it('stores no session for 100 anonymous GET /login, and login still works with CSRF enforced', async () => {
    const web = await buildWebTestApp(await open());
    for (let i = 0; i < 100; i++) assert.equal((await web.client().get('/login')).statusCode, 200);
    assert.equal(await countSessions(web.engine), 0);
    const client = web.client();
    await client.get('/login');
    assert.equal((await client.post('/login', { username: 'editorA', password: PASSWORD }, 'forged')).statusCode, 403, 'a wrong token is refused');
    assert.equal((await client.post('/login', { username: 'editorA', password: PASSWORD }, null)).statusCode, 403, 'a missing token is refused');
    const stranger = web.client();
    await stranger.get('/login');
    assert.equal((await client.post('/login', { username: 'editorA', password: PASSWORD }, stranger.csrfToken)).statusCode, 403, "another browser's token is refused");
    assert.equal((await client.post('/login', { username: 'editorA', password: PASSWORD })).statusCode, 303);
    assert.equal(await countSessions(web.engine), 1);
  });

  it('ends a session 12 hours after sign-in however active it is (absolute lifetime besides the idle expiry)', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    const hours = DEFAULT_ABSOLUTE_LIFETIME_MS / 3_600_000;
    for (let h = 1; h < hours; h++) {
      web.clock.advanceMinutes(60);
      assert.equal((await editor.get('/admin')).statusCode, 200, `still signed in after ${h} h of activity`);
    }
    web.clock.advanceMinutes(60);
    const expired = await editor.get('/admin');
    assert.equal(expired.statusCode, 303);
    assert.match(String(expired.headers.location), /^\/login/);
  });

  it('believes X-Forwarded-For only from a trusted proxy: a forged header neither dodges the throttle nor spoofs the audit address', async () => {
    const web = await buildWebTestApp(await open(), { behindHttps: true });
    const attacker = new WebClient(web.app, '203.0.113.7');
    await attacker.get('/login');
    for (let attempt = 0; attempt < THROTTLE.perIp; attempt++) {
      attacker.extraHeaders = { 'x-forwarded-for': `198.51.100.${attempt + 1}` };
      assert.equal((await attacker.post('/login', { username: `guess${attempt}`, password: 'wrong-password-x' })).statusCode, 401);
    }
    attacker.extraHeaders = { 'x-forwarded-for': '198.51.100.250' };
    assert.equal((await attacker.post('/login', { username: 'approverA', password: PASSWORD })).statusCode, 429, 'the per-address throttle holds');
    assert.deepEqual(new Set(await loginAddresses(web.engine)), new Set(['203.0.113.7']), 'the audit shows the socket address');
    const viaProxy = new WebClient(web.app, '127.0.0.1');
    viaProxy.extraHeaders = { 'x-forwarded-for': '192.0.2.44' };
    assert.equal((await viaProxy.login('approverA', PASSWORD)).statusCode, 303);
    assert.ok((await loginAddresses(web.engine)).includes('192.0.2.44'), 'the loopback proxy is trusted behind HTTPS');
  });

  it('trusts no proxy when not behind HTTPS, and only the listed ones when GONGKAI_TRUSTED_PROXIES is set', async () => {
    const direct = await buildWebTestApp(await open());
    const client = new WebClient(direct.app, '127.0.0.1');
    client.extraHeaders = { 'x-forwarded-for': '192.0.2.45' };
    await client.login('approverA', PASSWORD);
    assert.deepEqual(await loginAddresses(direct.engine), ['127.0.0.1']);
    const listed = await buildWebTestApp(await open(), { behindHttps: true, trustedProxies: ['10.0.0.0/8'] });
    const fromLan = new WebClient(listed.app, '10.1.2.3');
    fromLan.extraHeaders = { 'x-forwarded-for': '192.0.2.46' };
    await fromLan.login('approverA', PASSWORD);
    const fromLoopback = new WebClient(listed.app, '127.0.0.1');
    fromLoopback.extraHeaders = { 'x-forwarded-for': '192.0.2.47' };
    await fromLoopback.login('approverA', PASSWORD);
    assert.deepEqual(new Set(await loginAddresses(listed.engine)), new Set(['192.0.2.46', '127.0.0.1']));
  });
});

describe('last lines of defence', () => {
  it('turns a response header Node would refuse into an error instead of a crash', async () => {
    const app = Fastify();
    registerHeaderGuard(app);
    app.get('/bad', async (_request, reply) => reply.header('x-note', 'a\nb').send('x'));
    app.get('/redirect', async (_request, reply) => reply.redirect('/目录?q=医保', 303));
    app.setErrorHandler(async (_error, _request, reply) => reply.code(500).send('出错了'));
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
      const bad = await fetch(`${base}/bad`);
      assert.equal(bad.status, 500);
      assert.equal(bad.headers.get('x-note'), null);
      const redirect = await fetch(`${base}/redirect`, { redirect: 'manual' });
      assert.equal(redirect.headers.get('location'), '/%E7%9B%AE%E5%BD%95?q=%E5%8C%BB%E4%BF%9D');
    } finally {
      await app.close();
    }
  });

  it('logs an unhandled rejection and keeps the process running', () => {
    const script = `
      import { keepServingOnUnhandledRejection } from './src/web/shared/processSafety.ts';
      const logged = [];
      keepServingOnUnhandledRejection({ error: (details, message) => logged.push(message) });
      Promise.reject(new Error('boom'));
      setTimeout(() => { console.log('still running', logged.length); }, 50);
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /still running 1/);
    assert.match(run.stderr, /内部错误（网站继续运行）：boom/);
  });
});
