import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { TestClock } from '../helpers/appContext.ts';
import { buildWebTestApp, PASSWORD } from '../helpers/webApp.ts';
import { buildServer } from '../../src/web/shared/server.ts';
import type { Engine } from '../../src/storage/database.ts';

interface LogLine {
  reqId?: string;
  msg?: string;
  [key: string]: unknown;
}

async function loggingServer(engine: Engine) {
  const lines: string[] = [];
  const app = await buildServer({ engine, clock: new TestClock(), logLevel: 'info', logDestination: { write: (line) => lines.push(line) } });
  await app.ready();
  const parsed = () => lines.map((l) => JSON.parse(l) as LogLine);
  return { app, lines, parsed };
}

describeEachEngine('health check', (open) => {
  it('answers ok while the database answers, 503 once it is closed; no cache, no session, nothing else said', async () => {
    const web = await buildWebTestApp(await open());
    const ok = await web.app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(ok.statusCode, 200);
    assert.deepEqual(ok.json(), { status: 'ok', database: 'ok' });
    assert.equal(ok.headers['cache-control'], 'no-store');
    assert.equal(ok.headers['set-cookie'], undefined);
    assert.doesNotMatch(ok.body, /version|sqlite|postgres/i);
    await web.engine.close();
    const down = await web.app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(down.statusCode, 503);
    assert.deepEqual(down.json(), { status: 'error', database: 'unreachable' });
    assert.equal(down.headers['cache-control'], 'no-store');
  });
});

describeEachEngine('request ids and the JSON log', (open) => {
  it('takes a safe X-Request-Id, echoes it, and puts it in every log line of the request', async () => {
    const { app, parsed } = await loggingServer(await open());
    const given = await app.inject({ method: 'GET', url: '/', headers: { 'x-request-id': 'lb-7f3a:42' } });
    assert.equal(given.headers['x-request-id'], 'lb-7f3a:42');
    const ofRequest = parsed().filter((l) => l.reqId === 'lb-7f3a:42');
    assert.deepEqual(ofRequest.map((l) => l.msg), ['incoming request', 'request completed']);
    const unsafe = await app.inject({ method: 'GET', url: '/', headers: { 'x-request-id': 'x"><script>' } });
    const generated = String(unsafe.headers['x-request-id']);
    assert.match(generated, /^[0-9a-f-]{36}$/, 'an unsafe id is replaced by a UUID');
    assert.ok(parsed().some((l) => l.reqId === generated));
    assert.ok(!parsed().some((l) => JSON.stringify(l).includes('<script>')));
  });

  it('never writes cookies, passwords or request bodies to the log', async () => {
    const engine = await open();
    await buildWebTestApp(engine);
    const { app, lines, parsed } = await loggingServer(engine);
    const login = await app.inject({
      method: 'POST', url: '/login', payload: `username=editorA&password=${PASSWORD}&name=${encodeURIComponent('张三')}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'gongkai_sid=secret-session-value', authorization: 'Basic c2VjcmV0' },
    });
    assert.ok(login.statusCode >= 300);
    app.log.info({ body: { password: PASSWORD }, headers: { cookie: 'secret-session-value' }, req: { body: '身份证号' } }, 'a careless handler');
    const text = lines.join('');
    for (const secret of [PASSWORD, 'secret-session-value', 'c2VjcmV0', '张三', '身份证号']) assert.ok(!text.includes(secret), `${secret} is not logged`);
    assert.equal(parsed().at(-1)?.body, '[已隐去]');
  });

  it('shows the request id on the 500 page and logs the error under it', async () => {
    const engine = await open();
    const { app, parsed } = await loggingServer(engine);
    await engine.close();
    const response = await app.inject({ method: 'GET', url: '/', headers: { 'x-request-id': 'req-500-check' } });
    assert.equal(response.statusCode, 500);
    assert.match(response.body, /请求编号：<code>req-500-check<\/code>/);
    assert.ok(parsed().some((l) => l.reqId === 'req-500-check' && l.level === 50), 'an error line carries the id');
  });
});
