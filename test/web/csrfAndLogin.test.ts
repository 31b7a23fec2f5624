import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp, PASSWORD, WebClient } from '../helpers/webApp.ts';
import { listCatalogVersions } from '../../src/app/catalog/readCatalog.ts';
import { THROTTLE } from '../../src/app/accounts/authenticate.ts';
import { accountDelaySeconds } from '../../src/app/accounts/loginThrottle.ts';

describeEachEngine('CSRF protection and login throttling', (open) => {
  it('rejects a state change without or with a wrong CSRF token (403 in Chinese) and changes nothing', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    await editor.get('/admin');
    const before = (await listCatalogVersions(web.engine.db, web.agencyA)).length;
    for (const token of [null, 'forged-token', '']) {
      const response = await editor.post(`/admin/agencies/${web.agencyA}/drafts`, {}, token);
      assert.equal(response.statusCode, 403, `token ${String(token)}`);
      assert.match(response.body, /请求已失效/);
      assert.doesNotMatch(response.body, /at .*\.ts:\d+|FST_CSRF/, 'no stack trace or internal code');
    }
    assert.equal((await listCatalogVersions(web.engine.db, web.agencyA)).length, before);
    const other = await web.signedIn('editorA');
    await other.get('/admin');
    const crossSession = await editor.post(`/admin/agencies/${web.agencyA}/drafts`, {}, other.csrfToken);
    assert.equal(crossSession.statusCode, 403, "another session's token is not accepted");
    assert.equal((await listCatalogVersions(web.engine.db, web.agencyA)).length, before);
    assert.equal((await editor.post(`/admin/agencies/${web.agencyA}/drafts`, {})).statusCode, 303, 'the right token works');
  });

  it('protects the login form itself', async () => {
    const web = await buildWebTestApp(await open());
    const client = web.client();
    await client.get('/login');
    const response = await client.post('/login', { username: 'editorA', password: PASSWORD }, null);
    assert.equal(response.statusCode, 403);
    assert.equal((await client.get('/admin')).statusCode, 303, 'still signed out');
  });

  it('signs in with the right password, with a new session id (no fixation)', async () => {
    const web = await buildWebTestApp(await open());
    const client = web.client();
    const form = await client.get('/login');
    const before = form.cookies.find((c) => c.name === 'gongkai_sid')?.value;
    const response = await client.post('/login', { username: 'editorA', password: PASSWORD, next: '/admin/audit' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/admin/audit');
    const after = response.cookies.find((c) => c.name === 'gongkai_sid');
    assert.ok(after && after.value !== before, 'session id changes at sign-in');
    assert.equal(after.httpOnly, true);
    assert.equal(after.sameSite, 'Lax');
    const offsite = await web.client().login('editorA', PASSWORD);
    assert.equal(offsite.headers.location, '/admin');
    const evil = web.client();
    await evil.get('/login');
    const redirect = await evil.post('/login', { username: 'editorA', password: PASSWORD, next: '//evil.example/' });
    assert.equal(redirect.headers.location, '/admin', 'never redirects off-site');
  });

  it(`answers 429 on the ${THROTTLE.perAccountAndIp + 1}th attempt for one account from one address, even with the right password`, async () => {
    const web = await buildWebTestApp(await open());
    const client = new WebClient(web.app, '203.0.113.66');
    await client.get('/login');
    for (let attempt = 1; attempt <= THROTTLE.perAccountAndIp; attempt++) {
      const response = await client.post('/login', { username: 'editorA', password: 'wrong-password-x' });
      assert.equal(response.statusCode, 401, `attempt ${attempt}`);
      assert.match(response.body, /用户名或密码错误/);
    }
    const blocked = await client.post('/login', { username: 'editorA', password: PASSWORD });
    assert.equal(blocked.statusCode, 429);
    assert.match(blocked.body, /登录失败次数过多/);
    assert.equal(blocked.headers['retry-after'], String(THROTTLE.windowMinutes * 60));
    assert.equal((await client.get('/admin')).statusCode, 303, 'not signed in');
    const owner = new WebClient(web.app, '10.0.0.9');
    const early = await owner.login('editorA', PASSWORD);
    assert.equal(early.statusCode, 429, 'right after a burst of failures the account asks everyone to wait a moment');
    assert.equal(early.headers['retry-after'], String(accountDelaySeconds(THROTTLE.perAccountAndIp)));
    web.clock.advanceMinutes(accountDelaySeconds(THROTTLE.perAccountAndIp) / 60);
    assert.equal((await owner.login('editorA', PASSWORD)).statusCode, 303, 'the owner at another address is not locked out');
    assert.equal((await client.post('/login', { username: 'editorA', password: PASSWORD })).statusCode, 429, 'the guessing address still is');
    assert.equal((await web.client().login('reviewerA', PASSWORD)).statusCode, 303, 'other accounts are not affected');
    web.clock.advanceMinutes(THROTTLE.windowMinutes + 1);
    assert.equal((await client.post('/login', { username: 'editorA', password: PASSWORD })).statusCode, 303, 'the throttle lifts after the window');
  });

  it(`throttles one address after ${THROTTLE.perIp} failures across accounts`, async () => {
    const web = await buildWebTestApp(await open());
    const attacker = new WebClient(web.app, '203.0.113.7');
    await attacker.get('/login');
    for (let attempt = 0; attempt < THROTTLE.perIp; attempt++) {
      const response = await attacker.post('/login', { username: `guess${attempt}`, password: 'wrong-password-x' });
      assert.equal(response.statusCode, 401);
    }
    assert.equal((await attacker.post('/login', { username: 'approverA', password: PASSWORD })).statusCode, 429);
    assert.equal((await new WebClient(web.app, '198.51.100.2').login('approverA', PASSWORD)).statusCode, 303, 'other addresses still sign in');
  });

  it('puts a rate limit on POST /login per address as an outer guard', async () => {
    const web = await buildWebTestApp(await open(), { loginRateLimit: { max: 3, timeWindowMs: 60_000 } });
    const client = new WebClient(web.app, '192.0.2.50');
    await client.get('/login');
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await client.post('/login', { username: 'nobody', password: 'whatever-pass' })).statusCode);
    assert.deepEqual(statuses, [401, 401, 401, 429]);
  });
});
