import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { openTestDatabase } from '../helpers/databases.ts';
import { contextFor, TestClock } from '../helpers/appContext.ts';
import { openDatabase, type Engine } from '../../src/storage/database.ts';
import { JobRunner } from '../../src/app/operations/jobRunner.ts';
import type { JobDefinition } from '../../src/app/operations/job.ts';
import { claimJob, findJob } from '../../src/storage/repositories/job.repository.ts';

/** Two processes on one database: two engines (two connections/pools) on the same file or database. */
async function twoHandles(name: 'sqlite' | 'postgres') {
  const first = await openTestDatabase(name);
  const second = await openDatabase(first.url);
  return { a: first.engine, b: second, async drop() { await second.close(); await first.drop(); } };
}

function countingJob(runs: { n: number }, intervalMs = 60_000): JobDefinition {
  return {
    name: 'count', label: '计数', intervalMs,
    async run() {
      runs.n += 1;
      await new Promise((resolve) => setTimeout(resolve, 1));
      return null;
    },
  };
}

const runnerOn = (engine: Engine, clock: TestClock, jobs: JobDefinition[], owner: string, leaseMs?: number) =>
  new JobRunner({ ctx: contextFor(engine, undefined, clock), jobs, owner, leaseMs });

for (const engineName of ['sqlite', 'postgres'] as const) {
  describe(`job runner [${engineName}]`, () => {
    const handles: { drop(): Promise<void> }[] = [];
    after(async () => {
      for (const h of handles) await h.drop();
    });

    it('runs a due job in exactly one of two racing runners, every interval', async () => {
      const db = await twoHandles(engineName);
      handles.push(db);
      const clock = new TestClock();
      const runs = { n: 0 };
      const one = runnerOn(db.a, clock, [countingJob(runs)], 'one');
      const two = runnerOn(db.b, clock, [countingJob(runs)], 'two');
      const winners = new Set<string>();
      for (let round = 1; round <= 40; round += 1) {
        const [ranOne, ranTwo] = await Promise.all([one.tick(), two.tick()]);
        assert.equal(ranOne.length + ranTwo.length, 1, `round ${round}: exactly one runner ran the job`);
        winners.add(ranOne.length ? 'one' : 'two');
        assert.equal(runs.n, round);
        assert.deepEqual(await one.tick(), [], 'not due again before its interval');
        clock.advanceMinutes(1);
      }
      const job = await findJob(db.a.db, 'count');
      assert.equal(job?.runCount, 40);
      assert.equal(job?.lockedBy, null);
    });

    it('keeps the error of a failing job and retries it at the next interval', async () => {
      const db = await twoHandles(engineName);
      handles.push(db);
      const clock = new TestClock();
      let fail = true;
      const flaky: JobDefinition = {
        name: 'flaky', label: '不稳定', intervalMs: 10 * 60_000,
        async run() {
          if (fail) throw new Error('磁盘已满\n  at stack');
          return '完成';
        },
      };
      const runner = runnerOn(db.a, clock, [flaky], 'one');
      assert.deepEqual(await runner.tick(), [{ name: 'flaky', ok: false, note: '磁盘已满' }]);
      let job = await findJob(db.a.db, 'flaky');
      assert.equal(job?.lastError, '磁盘已满');
      assert.equal(job?.nextRunAt, new Date(Date.parse(clock.now()) + 10 * 60_000).toISOString());
      clock.advanceMinutes(5);
      assert.deepEqual(await runner.tick(), [], 'not retried before the interval');
      fail = false;
      clock.advanceMinutes(5);
      assert.deepEqual(await runner.tick(), [{ name: 'flaky', ok: true, note: '完成' }]);
      job = await findJob(db.a.db, 'flaky');
      assert.equal(job?.lastError, null);
      assert.equal(job?.runCount, 2);
    });

    it('lets another runner take over a job whose holder crashed once the lease expires', async () => {
      const db = await twoHandles(engineName);
      handles.push(db);
      const clock = new TestClock();
      const runs = { n: 0 };
      const crashed = runnerOn(db.a, clock, [countingJob(runs)], 'crashed', 2 * 60_000);
      const survivor = runnerOn(db.b, clock, [countingJob(runs)], 'survivor');
      await crashed.register();
      const leaseUntil = new Date(Date.parse(clock.now()) + 2 * 60_000).toISOString();
      assert.equal(await claimJob(db.a.db, { name: 'count', owner: 'crashed', now: clock.now(), leaseUntil, dueOnly: true }), true);
      assert.deepEqual(await survivor.tick(), [], 'the lease holds');
      assert.equal(await survivor.runNow('count'), null, 'run-now respects the lease too');
      clock.advanceMinutes(3);
      assert.equal((await survivor.tick()).length, 1, 'taken over after the lease expired');
      assert.equal(runs.n, 1);
      assert.equal((await findJob(db.b.db, 'count'))?.lockedBy, null);
    });
  });
}
