/**
 * The worker pool (src/importers/workers/workerPool.ts): a worker that runs out of memory,
 * a task that passes the backstop, or a queue that is full each becomes a Chinese
 * DomainError; the process goes on, and the pool serves the next task with a new worker.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WorkerPool, type WorkerPoolOptions } from '../../src/importers/workers/workerPool.ts';
import type { PoolTestTask } from './poolTestWorker.ts';

const pools: WorkerPool<PoolTestTask, string>[] = [];
function pool(overrides: Partial<WorkerPoolOptions<PoolTestTask>> = {}): WorkerPool<PoolTestTask, string> {
  const created = new WorkerPool<PoolTestTask, string>({
    entry: new URL('./poolTestWorker.ts', import.meta.url),
    size: 1,
    maxQueue: 4,
    resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8, stackSizeMb: 4 },
    cpuBudgetMs: () => 60_000,
    backstopMs: 60_000,
    idleMs: 60_000,
    messages: { outOfMemory: '内存超限', tooSlow: '时间过长', crashed: '异常退出' },
    ...overrides,
  });
  pools.push(created);
  return created;
}
after(() => Promise.all(pools.map((p) => p.stop())));

describe('WorkerPool', () => {
  it('answers tasks and keeps DomainErrors, hiding other errors behind the Chinese message', async () => {
    const p = pool();
    assert.equal(await p.run({ kind: 'echo', text: '你好' }), '你好');
    await assert.rejects(p.run({ kind: 'refuse' }), { code: 'import.unreadable', message: '测试：文件无法读取' });
    await assert.rejects(p.run({ kind: 'throw' }), { code: 'import.unreadable', message: '异常退出' });
    assert.equal(await p.run({ kind: 'echo', text: '还在' }), '还在');
  });

  it('turns a worker that runs out of memory into import.too_large and replaces it', async () => {
    const p = pool();
    await assert.rejects(p.run({ kind: 'hog' }), { code: 'import.too_large', message: '内存超限' });
    assert.equal(await p.run({ kind: 'echo', text: '新的工作线程' }), '新的工作线程');
  });

  it('stops a task that spends its CPU budget (worker-thread CPU, not wall time) and serves the next one', async () => {
    const p = pool({ cpuBudgetMs: (task) => (task.kind === 'spin' ? 300 : 60_000), backstopMs: 120_000 });
    const started = performance.now();
    await assert.rejects(p.run({ kind: 'spin' }), { code: 'import.unreadable', message: '时间过长' });
    // Generous: 300 ms of CPU takes longer on a loaded machine, but nowhere near the 120 s backstop.
    assert.ok(performance.now() - started < 60_000, 'stopped by the CPU budget, not the backstop');
    assert.equal(await p.run({ kind: 'wait', ms: 700 }), 'waited', 'waiting uses no CPU, so the budget does not stop it');
  });

  it('stops a task at the wall-clock backstop and serves the next one', async () => {
    const p = pool({ backstopMs: 300 });
    await assert.rejects(p.run({ kind: 'wait', ms: 30_000 }), { code: 'import.unreadable', message: '时间过长' });
    assert.equal(await p.run({ kind: 'echo', text: '继续' }), '继续');
  });

  it('refuses with 「服务器繁忙，请稍后再试」 when the queue is full, and never runs more workers than its size', async () => {
    const p = pool({ size: 2, maxQueue: 2 });
    const running = [p.run({ kind: 'wait', ms: 400 }), p.run({ kind: 'wait', ms: 400 }), p.run({ kind: 'wait', ms: 400 }), p.run({ kind: 'wait', ms: 400 })];
    await assert.rejects(p.run({ kind: 'echo', text: '多余' }), { code: 'server.busy', message: '服务器繁忙，请稍后再试' });
    assert.deepEqual(await Promise.all(running), ['waited', 'waited', 'waited', 'waited']);
    assert.equal(p.peakWorkers, 2);
  });
});
