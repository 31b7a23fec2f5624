import { WorkerPool, type WorkerPoolOptions } from './workerPool.ts';

/**
 * A pool of one worker thread for rendering our own files (catalog downloads, 年报 Word and PDF):
 * PDFs embed a CJK font (about a second of CPU each), so they never run on the event loop. Half a
 * gigabyte of heap, a minute of CPU per file, idle workers stopped after five minutes.
 */
export function renderWorkerPool<Task>(entry: URL, messages: WorkerPoolOptions<Task>['messages']): WorkerPool<Task, Uint8Array> {
  return new WorkerPool<Task, Uint8Array>({
    entry,
    size: 1,
    maxQueue: 16,
    resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 48, stackSizeMb: 4 },
    cpuBudgetMs: () => 60_000,
    backstopMs: 120_000,
    idleMs: 300_000,
    messages,
  });
}
