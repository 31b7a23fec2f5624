/** A worker for workerPool.test.ts: holds memory until the heap limit kills it, spins, waits, or answers. */
import { DomainError } from '../../src/domain/shared/errors.ts';
import { serveTasks } from '../../src/importers/workers/workerProtocol.ts';

export type PoolTestTask = { kind: 'echo'; text: string } | { kind: 'hog' } | { kind: 'spin' } | { kind: 'wait'; ms: number } | { kind: 'refuse' } | { kind: 'throw' };

serveTasks<PoolTestTask, string>(async (task) => {
  if (task.kind === 'hog') {
    const held: string[][] = [];
    for (let i = 0; ; i++) held.push(Array.from({ length: 100_000 }, (_, k) => `${i}:${k}`));
  }
  if (task.kind === 'spin') for (;;) Math.sqrt(Math.random());
  if (task.kind === 'wait') await new Promise((done) => setTimeout(done, task.ms));
  if (task.kind === 'refuse') throw new DomainError('import.unreadable', '测试：文件无法读取');
  if (task.kind === 'throw') throw new TypeError('internal detail that must not reach a user');
  return { value: task.kind === 'echo' ? task.text : 'waited' };
});
