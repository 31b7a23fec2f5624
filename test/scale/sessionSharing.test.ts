/**
 * Scale-out: two `gongkai serve` processes on one PostgreSQL database behind nginx (round
 * robin). A sign-in through the load balancer is valid on every process — sessions live in the
 * database and the cookie is signed with the shared GONGKAI_SESSION_SECRET — and requests
 * through nginx reach both processes. Needs nginx (Debian package nginx-light): without it the
 * test fails with one line naming the package (npm test installs it).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HttpSession } from '../helpers/httpSession.ts';
import { findNginx, NGINX_MISSING } from '../helpers/nginx.ts';
import { startDeployment, type Deployment } from '../../bench/scale/deployment.ts';

const nginxMissing = findNginx() ? undefined : NGINX_MISSING;

describe('scale-out: sessions shared by two processes behind nginx [postgres]', () => {
  let deployment: Deployment;
  before(async () => {
    assert.ok(!nginxMissing, nginxMissing);
    deployment = await startDeployment({ engine: 'postgres', processes: 2, nginx: true, postgresServerUrl: process.env.TEST_POSTGRES_URL });
  });
  after(async () => {
    await deployment?.stop();
  });

  it('a sign-in through nginx is valid on each process, and nginx uses both', async () => {
    const staff = new HttpSession(deployment.entryUrl);
    await staff.signIn(deployment.data.staff.username, deployment.data.staff.password);

    const upstreams = new Set<string>();
    for (let n = 0; n < 6; n++) {
      const answer = await staff.get('/admin');
      assert.equal(answer.status, 200, `request ${n} through nginx is signed in, not redirected to /login`);
      assert.match(answer.body, new RegExp(deployment.data.staff.displayName));
      upstreams.add(answer.headers.get('x-upstream') ?? '');
    }
    const ports = deployment.processes.map((p) => `127.0.0.1:${p.port}`);
    assert.deepEqual([...upstreams].sort(), [...ports].sort(), 'round robin reached both processes');

    for (const server of deployment.processes) {
      const answer = await staff.get('/admin', server.url);
      assert.equal(answer.status, 200, `process on port ${server.port} knows the session`);
      assert.match(answer.body, new RegExp(deployment.data.staff.displayName));
    }
  });

  it('a staff write through nginx is visible on each process, and a stranger is sent to /login', async () => {
    const staff = new HttpSession(deployment.entryUrl);
    await staff.signIn(deployment.data.staff.username, deployment.data.staff.password);
    await staff.get(`/admin/agencies/${deployment.data.agencyId}/documents/new`);
    const form = { kind: 'other', title: '扩容会话测试草稿', publisher: deployment.data.agencyName, validity: 'effective', disclosureMode: 'proactive', bodyHtml: '<p>正文</p>' };
    const created = await staff.post(`/admin/agencies/${deployment.data.agencyId}/documents`, form);
    assert.equal(created.status, 303, 'the draft is saved');
    const location = created.headers.get('location') ?? '';
    assert.match(location, /^\/admin\/documents\/[0-9a-f-]{36}\?done=created$/);
    for (const server of deployment.processes) {
      const page = await staff.get(location.replace(/\?.*$/, ''), server.url);
      assert.equal(page.status, 200);
      assert.match(page.body, /扩容会话测试草稿/);
    }
    const stranger = await new HttpSession(deployment.entryUrl).get('/admin');
    assert.equal(stranger.status, 303);
    assert.match(stranger.headers.get('location') ?? '', /^\/login/);
  });
});
