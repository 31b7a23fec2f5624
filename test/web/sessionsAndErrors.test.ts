import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it, describe } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { REPO_ROOT, TestClock } from '../helpers/appContext.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { databaseSessionStore, purgeExpiredSessions, type StoredSession } from '../../src/storage/repositories/session.repository.ts';
import type { Engine } from '../../src/storage/database.ts';

const call = <T>(fn: (cb: (error: unknown, value?: T | null) => void) => void) =>
  new Promise<T | null | undefined>((resolve, reject) => fn((error, value) => (error ? reject(error) : resolve(value))));

const countSessions = async (engine: Engine) =>
  Number((await engine.db.selectFrom('sessions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n);

describeEachEngine('database session store', (open) => {
  it('stores, reads back, expires and destroys sessions', async () => {
    const engine = await open();
    const clock = new TestClock('2026-03-02T02:00:00.000Z');
    const store = databaseSessionStore<StoredSession & { userId?: string }>(engine.db, clock, { lifetimeMs: 60_000 });
    const session = { cookie: { originalMaxAge: 60_000, expires: new Date() }, userId: 'u1' };
    await call((cb) => store.set('s1', session, cb));
    await call((cb) => store.set('s1', { ...session, userId: 'u2' }, cb));
    const read = await call<StoredSession & { userId?: string }>((cb) => store.get('s1', cb));
    assert.equal(read?.userId, 'u2');
    assert.ok(read?.cookie?.expires instanceof Date, 'expires comes back as a Date');
    clock.advanceMinutes(2);
    assert.equal(await call((cb) => store.get('s1', cb)), null, 'an expired session is not returned');
    assert.equal(await purgeExpiredSessions(engine.db, clock.now()), 1);
    await call((cb) => store.set('s2', session, cb));
    await call((cb) => store.destroy('s2', cb));
    assert.equal(await call((cb) => store.get('s2', cb)), null);
    assert.equal(await countSessions(engine), 0);
  });

  it('purges expired rows while saving new sessions', async () => {
    const engine = await open();
    const clock = new TestClock('2026-03-02T02:00:00.000Z');
    const store = databaseSessionStore(engine.db, clock, { lifetimeMs: 60_000, purgeEveryMs: 5 * 60_000 });
    await call((cb) => store.set('old', { cookie: { originalMaxAge: 60_000 } }, cb));
    clock.advanceMinutes(10);
    await call((cb) => store.set('new', { cookie: { originalMaxAge: 60_000 } }, cb));
    assert.equal(await countSessions(engine), 1);
  });

  it('keeps signed-in sessions in the sessions table, none for anonymous reading', async () => {
    const web = await buildWebTestApp(await open());
    await web.client().get(`/agencies/${web.agencyA}`);
    assert.equal(await countSessions(web.engine), 0);
    await web.signedIn('editorA');
    assert.equal(await countSessions(web.engine), 1);
  });

  it('shows a friendly Chinese 500 page with no stack trace when the database fails', async () => {
    const web = await buildWebTestApp(await open());
    await web.engine.close();
    const response = await web.client().get('/');
    assert.equal(response.statusCode, 500);
    assert.match(response.body, /系统出了点问题/);
    assert.doesNotMatch(response.body, /at \S+ \(|node_modules|\.ts:\d+|Error:/);
  });
});

describe('gongkai serve', () => {
  it('says in one line that the port is taken and exits non-zero', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-serve-'));
    try {
      const result = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), 'serve', '--port', String(port)], {
        cwd: REPO_ROOT,
        env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'g.db')}`, GONGKAI_DATA_DIR: dir },
        encoding: 'utf8',
        timeout: 60_000,
      });
      assert.notEqual(result.status, 0);
      const lines = result.stderr.trim().split('\n');
      assert.equal(lines.length, 1, result.stderr);
      assert.match(lines[0]!, /端口已被占用/);
    } finally {
      busy.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
