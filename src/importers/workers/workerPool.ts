import { Worker, type ResourceLimits } from 'node:worker_threads';
import { DomainError } from '../../domain/shared/errors.ts';
import { threadCpuMs } from './threadCpu.ts';
import type { WorkerReply } from './workerProtocol.ts';

/**
 * A small bounded pool of worker threads for untrusted or costly work (docs/adr/0006):
 * at most `size` workers, each with V8 memory limits, one task at a time each; at most
 * `maxQueue` tasks wait, beyond that the caller is told the server is busy. A task may use
 * `cpuBudgetMs(task)` of its worker thread's CPU time (threadCpu.ts; not wall-clock time, so
 * load elsewhere cannot fail it). A worker that runs out of memory or CPU budget, crashes or
 * passes the wall-clock backstop is replaced and its task refused with a Chinese DomainError:
 * the server process itself never dies of a file.
 */
export interface WorkerPoolOptions<Task> {
  /** The worker's entry module (TypeScript, loaded through workerBoot.mjs). */
  entry: URL;
  size: number;
  maxQueue: number;
  resourceLimits: ResourceLimits;
  /** CPU time of the worker thread one task may use (checked every CPU_CHECK_MS where Linux /proc is readable). */
  cpuBudgetMs: (task: Task) => number;
  /** Last resort only: the limits that count work live in the workers and in the CPU budget. */
  backstopMs: number;
  /** Idle workers are stopped after this long, to give their memory back. */
  idleMs: number;
  messages: { outOfMemory: string; tooSlow: string; crashed: string };
}

export const BUSY_MESSAGE = '服务器繁忙，请稍后再试';
const CPU_CHECK_MS = 200;

interface Job {
  id?: number;
  task: unknown;
  transfer: ArrayBuffer[];
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  job: Job | null;
  isReady: boolean;
  threadId: number | null;
  death: DomainError | null;
  timer?: NodeJS.Timeout;
  cpuCheck?: NodeJS.Timeout;
}

const BOOT = new URL('./workerBoot.mjs', import.meta.url);

export class WorkerPool<Task, Result> {
  private readonly idle: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly live = new Set<Slot>();
  private nextId = 1;
  /** Total time tasks waited for a worker to start (loading tsx and the parsers); for timing tests. */
  startWaitMs = 0;
  /** The most workers alive at once (never more than `size`). */
  peakWorkers = 0;

  constructor(private readonly options: WorkerPoolOptions<Task>) {}

  run(task: Task, transfer: ArrayBuffer[] = []): Promise<Result> {
    if (this.queue.length >= this.options.maxQueue) return Promise.reject(new DomainError('server.busy', BUSY_MESSAGE));
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ task, transfer, resolve: resolve as (value: unknown) => void, reject });
      this.pump();
    });
  }

  /** Stops every worker (tests, shutdown); waiting tasks are refused. */
  async stop(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new DomainError('server.busy', BUSY_MESSAGE));
    await Promise.all([...this.live].map((slot) => slot.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.idle.pop() ?? (this.live.size < this.options.size ? this.spawn() : null);
      if (!slot) return;
      void this.assign(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const { entry, resourceLimits } = this.options;
    const worker = new Worker(BOOT, { workerData: { entry: entry.href }, resourceLimits });
    let markReady: () => void = () => undefined;
    let failReady: (error: unknown) => void = () => undefined;
    const ready = new Promise<void>((resolve, reject) => [markReady, failReady] = [resolve, reject]);
    ready.catch(() => undefined);
    const slot: Slot = { worker, ready, job: null, isReady: false, threadId: null, death: null };
    this.live.add(slot);
    this.peakWorkers = Math.max(this.peakWorkers, this.live.size);
    worker.on('message', (reply: WorkerReply<Result>) => {
      if (!('ready' in reply)) return this.finish(slot, reply);
      [slot.isReady, slot.threadId] = [true, reply.threadId];
      markReady();
    });
    worker.on('error', (error: NodeJS.ErrnoException) => {
      slot.death ??= this.refusal(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'outOfMemory' : 'crashed');
    });
    worker.on('exit', () => {
      const death = slot.death ?? this.refusal('crashed');
      failReady(death);
      this.retire(slot);
      slot.job?.reject(death);
      slot.job = null;
      this.pump();
    });
    return slot;
  }

  private async assign(slot: Slot, job: Job): Promise<void> {
    slot.job = job;
    clearTimeout(slot.timer);
    slot.worker.ref();
    if (!slot.isReady) {
      const waitFrom = performance.now();
      try {
        await slot.ready;
      } catch {
        return; // the exit handler has refused the job
      } finally {
        this.startWaitMs += performance.now() - waitFrom;
      }
    }
    const id = (job.id = this.nextId++);
    slot.timer = setTimeout(() => {
      slot.death = this.refusal('tooSlow');
      void slot.worker.terminate();
    }, this.options.backstopMs);
    this.watchCpu(slot, id, this.options.cpuBudgetMs(job.task as Task));
    slot.worker.postMessage({ id, task: job.task }, job.transfer);
  }

  /** Stops the worker once task `id` has used more than `budgetMs` of its thread's CPU time. */
  private watchCpu(slot: Slot, id: number, budgetMs: number): void {
    const threadId = slot.threadId;
    if (threadId === null) return;
    const check = async (startMs: number | null) => {
      const nowMs = await threadCpuMs(threadId);
      if (slot.job?.id !== id || startMs === null || nowMs === null) return;
      if (nowMs - startMs > budgetMs) {
        slot.death = this.refusal('tooSlow');
        void slot.worker.terminate();
        return;
      }
      slot.cpuCheck = setTimeout(() => void check(startMs), CPU_CHECK_MS);
    };
    void threadCpuMs(threadId).then((startMs) => check(startMs));
  }

  private finish(slot: Slot, reply: Exclude<WorkerReply<Result>, { ready: true }>): void {
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    clearTimeout(slot.timer);
    clearTimeout(slot.cpuCheck);
    slot.job = null;
    if (reply.ok) job.resolve(reply.value);
    else job.reject(reply.error.code ? new DomainError(reply.error.code, reply.error.message) : this.refusal('crashed'));
    slot.worker.unref();
    this.idle.push(slot);
    slot.timer = setTimeout(() => {
      this.retire(slot); // out of the idle list first: no task may be handed to a worker on its way out
      void slot.worker.terminate();
    }, this.options.idleMs).unref();
    this.pump();
  }

  private retire(slot: Slot): void {
    clearTimeout(slot.timer);
    clearTimeout(slot.cpuCheck);
    this.live.delete(slot);
    const at = this.idle.indexOf(slot);
    if (at >= 0) this.idle.splice(at, 1);
  }

  private refusal(kind: keyof WorkerPoolOptions<Task>['messages']): DomainError {
    return new DomainError(kind === 'outOfMemory' ? 'import.too_large' : 'import.unreadable', this.options.messages[kind]);
  }
}
