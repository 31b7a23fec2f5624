/**
 * Crash safety of the scale-out deployment: under staff write load through nginx, kill -9 of one
 * of two processes loses no acknowledged write, leaves no draft without its audit event (same
 * transaction) and no audit event without its draft, replays nothing, and the survivor keeps
 * acknowledging writes. Needs nginx (Debian package nginx-light); see sessionSharing.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findNginx, NGINX_MISSING } from '../helpers/nginx.ts';
import { runKillNine } from '../../bench/scale/killNine.ts';

const nginxMissing = findNginx() ? undefined : NGINX_MISSING;

describe('scale-out: kill -9 of one process under write load [postgres]', () => {
  it('keeps every acknowledged write with its audit event, and the survivor goes on', async () => {
    assert.ok(!nginxMissing, nginxMissing);
    const report = await runKillNine({ durationMs: 8000, killAtMs: 4000, concurrency: 6, postgresServerUrl: process.env.TEST_POSTGRES_URL });
    assert.ok(report.acknowledgedBeforeKill > 0, 'writes were acknowledged before the kill');
    assert.ok(report.acknowledgedAfterKill > 0, 'the survivor acknowledged writes after the kill');
    assert.equal(report.lost, 0, 'no acknowledged write is missing');
    assert.equal(report.withoutAudit, 0, 'no draft without its audit event');
    assert.equal(report.auditWithoutDocument, 0, 'no audit event without its draft');
    assert.equal(report.duplicated, 0, 'no write stored twice (POSTs are not replayed)');
    assert.equal(report.unexpected, 0);
    const unexpectedStatuses = Object.keys(report.statuses).filter((s) => !['303', '502', '0'].includes(s));
    assert.deepEqual(unexpectedStatuses, [], 'writes are either saved or failed by the crash');
  });
});
