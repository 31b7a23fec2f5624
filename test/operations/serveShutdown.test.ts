import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/appContext.ts';

describe('gongkai serve: graceful shutdown', () => {
  it('on SIGTERM finishes the request in flight with 200, then exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-shutdown-'));
    const child = spawn(join(REPO_ROOT, 'bin/gongkai'), ['serve', '--seed', '--port', '0'], {
      cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'g.db')}`, GONGKAI_DATA_DIR: dir, GONGKAI_LOG: 'info' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const waiters: { test: () => boolean; resolve: () => void }[] = [];
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      for (const w of waiters.splice(0)) {
        if (w.test()) w.resolve();
        else waiters.push(w);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const seen = (pattern: RegExp) => new Promise<void>((resolve) => (pattern.test(output) ? resolve() : waiters.push({ test: () => pattern.test(output), resolve })));
    try {
      await seen(/已启动：http:\/\/127\.0\.0\.1:\d+/);
      const base = /已启动：(http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1]!;
      const home = await (await fetch(`${base}/`)).text();
      const agencyId = /\/agencies\/([0-9a-f-]{36})/.exec(home)?.[1];
      assert.ok(agencyId, 'the seeded portal lists agencies');
      // A real slow request: the PDF export of a seeded catalog (CJK font embedded).
      const slow = fetch(`${base}/agencies/${agencyId}/catalog.pdf`, { headers: { 'x-request-id': 'slow-export' } });
      await seen(/"reqId":"slow-export"[^\n]*"incoming request"/);
      const completed = /"reqId":"slow-export"[^\n]*"request completed"/;
      const inFlightAtSignal = !completed.test(output);
      child.kill('SIGTERM');
      const response = await slow;
      assert.equal(response.status, 200);
      assert.equal(Buffer.from(await response.arrayBuffer()).subarray(0, 4).toString(), '%PDF');
      assert.equal(await exited, 0, output);
      assert.ok(inFlightAtSignal, 'SIGTERM was sent while the export was in flight (received, not completed)');
      assert.match(output, completed);
      assert.match(output, /已停止/);
      await assert.rejects(fetch(`${base}/healthz`), 'no longer listening');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
