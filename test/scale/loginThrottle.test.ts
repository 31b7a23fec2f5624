/**
 * Scale-out: login throttling (authenticate.ts, THROTTLE.perIp failures per address in 15 minutes)
 * lives in the database, so it holds across processes; behind nginx with `--behind-https` the address
 * is the client's from X-Forwarded-For, which the edge nginx sets to the connecting address — a client
 * cannot pick another one by sending its own header, and a colleague at another address is not
 * locked out. Clients connect from distinct loopback addresses (127.0.0.2, 127.0.0.3).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { THROTTLE } from '../../src/app/accounts/authenticate.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { HttpSession } from '../helpers/httpSession.ts';
import { findNginx, NGINX_MISSING } from '../helpers/nginx.ts';
import { startDeployment, type Deployment } from '../../bench/scale/deployment.ts';

const nginxMissing = findNginx() ? undefined : NGINX_MISSING;

describe('scale-out: login throttling across processes behind nginx [postgres]', () => {
  let deployment: Deployment;
  before(async () => {
    assert.ok(!nginxMissing, nginxMissing);
    deployment = await startDeployment({ engine: 'postgres', processes: 2, nginx: true, behindHttps: true, postgresServerUrl: process.env.TEST_POSTGRES_URL });
  });
  after(async () => {
    await deployment?.stop();
  });

  it('throttles the guessing address on every process, whatever X-Forwarded-For it sends, and not a colleague', async () => {
    const { staff } = deployment.data;
    const upstreams = new Set<string>();
    for (let n = 0; n < THROTTLE.perIp; n++) {
      const guesser = new HttpSession(deployment.entryUrl, { localAddress: '127.0.0.2', headers: { 'x-forwarded-for': `198.51.100.${n + 1}` } });
      if (n % 2 === 1) await guesser.get('/'); // round robin: GET /login + POST /login would always send the POST to the same process
      const answer = await guesser.tryToSignIn(`guess-${n}`, 'wrong-password-123');
      assert.equal(answer.status, 401, `guess ${n} is refused`);
      upstreams.add(answer.headers.get('x-upstream') ?? '');
    }
    assert.equal(upstreams.size, 2, 'the failures were spread over both processes');

    const guesser = new HttpSession(deployment.entryUrl, { localAddress: '127.0.0.2', headers: { 'x-forwarded-for': '203.0.113.9' } });
    const blocked = await guesser.tryToSignIn(staff.username, staff.password);
    assert.equal(blocked.status, 429, 'the guessing address is throttled, even with the right password');
    assert.match(blocked.body, /登录失败次数过多/);

    const colleague = new HttpSession(deployment.entryUrl, { localAddress: '127.0.0.3' });
    await colleague.signIn(staff.username, staff.password);
    assert.equal((await colleague.get('/admin')).status, 200);

    const engine = await openDatabase(deployment.databaseUrl);
    try {
      const failures = await engine.db.selectFrom('login_failures').select(['ip']).execute();
      assert.deepEqual([...new Set(failures.map((f) => f.ip))], ['127.0.0.2'], 'failures are recorded under the connecting address');
    } finally {
      await engine.close();
    }
  });
});
