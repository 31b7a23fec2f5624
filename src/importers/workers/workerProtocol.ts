import { parentPort } from 'node:worker_threads';
import { DomainError, type ErrorCode } from '../../domain/shared/errors.ts';
import { currentThreadId } from './threadCpu.ts';

/** What a pool worker answers for one task (see workerPool.ts). */
export type WorkerReply<Result> =
  | { ready: true; threadId: number | null }
  | { id: number; ok: true; value: Result }
  | { id: number; ok: false; error: { code: ErrorCode | null; message: string } };

/**
 * The worker side of the pool: runs `handle` for one task at a time and sends
 * back the value or the error (a DomainError keeps its code and Chinese message;
 * anything else reaches the caller as an unreadable file, never as a stack trace).
 */
export function serveTasks<Task, Result>(handle: (task: Task) => Promise<{ value: Result; transfer?: ArrayBuffer[] }>): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks must run in a worker thread');
  port.on('message', async (message: { id: number; task: Task }) => {
    try {
      const { value, transfer } = await handle(message.task);
      port.postMessage({ id: message.id, ok: true, value } satisfies WorkerReply<Result>, transfer ?? []);
    } catch (error) {
      const code = error instanceof DomainError ? error.code : null;
      port.postMessage({ id: message.id, ok: false, error: { code, message: (error as Error)?.message ?? String(error) } } satisfies WorkerReply<Result>);
    }
  });
  port.postMessage({ ready: true, threadId: currentThreadId() } satisfies WorkerReply<Result>);
}
