import { Worker } from 'node:worker_threads';
import { DomainError, type ErrorCode } from '../../domain/shared/errors.ts';
import type { SourceTable } from '../table/grid.ts';
import { unreadable } from '../limits.ts';
import { readPdfInProcess } from './readPdf.ts';

/** Wall-clock budget for one PDF; pdfjs can spin for seconds on a damaged font or CMap. */
export const PDF_TIME_LIMIT_MS = 1500;

let worker: Worker | null = null;
let workerReady: Promise<void> | null = null;
let workerBroken = false;
let nextId = 1;
const WORKER_UNAVAILABLE = Symbol('pdf worker unavailable');
let startWaitMs = 0;

/** Total time calls have waited for a PDF worker to start (after a kill or at first use); for the fuzz test's per-file timing. */
export function pdfWorkerStartWaitMs(): number {
  return startWaitMs;
}
const pending = new Map<number, { resolve: (t: SourceTable) => void; reject: (e: unknown) => void }>();

function failAll(error: unknown) {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
}

function spawn(): Worker | null {
  if (workerBroken) return null;
  try {
    const w = new Worker(new URL('./pdfWorker.mjs', import.meta.url));
    let ready = false;
    let markReady: () => void = () => undefined;
    workerReady = new Promise<void>((resolve) => {
      markReady = resolve;
    });
    w.on('message', (message: { ready?: boolean; id: number; table?: SourceTable; error?: { domain: boolean; code: ErrorCode | null; message: string } }) => {
      if (message.ready) {
        ready = true;
        markReady();
        return;
      }
      const call = pending.get(message.id);
      if (!call) return;
      pending.delete(message.id);
      if (message.table) call.resolve(message.table);
      else if (message.error?.domain && message.error.code) call.reject(new DomainError(message.error.code, message.error.message));
      else call.reject(unreadable('PDF 文件已损坏或不完整，无法读取，请重新导出后再导入'));
    });
    w.on('error', () => {
      if (worker === w) worker = null;
      // A worker that never started (no TypeScript loader …): read in-process from now on.
      if (!ready) workerBroken = true;
      failAll(ready ? unreadable('PDF 文件已损坏或不完整，无法读取，请重新导出后再导入') : WORKER_UNAVAILABLE);
    });
    w.on('exit', () => {
      if (worker === w) worker = null;
    });
    // After the listeners: an idle reader must never keep the process (a CLI run, a test file) alive.
    w.unref();
    return w;
  } catch {
    workerBroken = true;
    return null;
  }
}

/**
 * Reads a PDF into a SourceTable (see readPdfInProcess) in a worker thread with
 * a hard time limit: a file that keeps pdfjs busy longer than PDF_TIME_LIMIT_MS
 * (or 8 ms per KiB for large files) is refused and the worker is terminated, so a hostile file cannot hang the
 * server. Falls back to reading in-process where workers cannot start.
 */
export async function readPdf(bytes: Uint8Array, timeLimitMs = PDF_TIME_LIMIT_MS): Promise<SourceTable> {
  try {
    return await readInWorker(bytes, timeLimitMs);
  } catch (error) {
    if (error === WORKER_UNAVAILABLE) return readPdfInProcess(bytes);
    throw error;
  }
}

async function readInWorker(bytes: Uint8Array, timeLimitMs: number): Promise<SourceTable> {
  worker ??= spawn();
  const w = worker;
  if (!w) return readPdfInProcess(bytes);
  // The budget counts reading, not the worker's start (loading tsx and pdfjs takes about a second).
  const started = workerReady;
  if (started) {
    const waitFrom = performance.now();
    let startTimer: NodeJS.Timeout | undefined;
    await Promise.race([
      started,
      new Promise<never>((_, reject) => {
        startTimer = setTimeout(() => reject(WORKER_UNAVAILABLE), 30_000);
      }),
    ]).finally(() => {
      clearTimeout(startTimer);
      startWaitMs += performance.now() - waitFrom;
    });
  }
  // Large files get more time: 8 ms per KiB beyond the base budget.
  const budget = Math.max(timeLimitMs, (bytes.length / 1024) * 8);
  const id = nextId++;
  return new Promise<SourceTable>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      if (worker === w) worker = null;
      void w.terminate();
      reject(unreadable('PDF 文件解析超时（文件可能已损坏或结构异常），请重新导出后再导入'));
    }, budget);
    pending.set(id, {
      resolve: (table) => {
        clearTimeout(timer);
        resolve(table);
      },
      reject: (error) => {
        clearTimeout(timer);
        reject(error);
      },
    });
    const copy = new Uint8Array(bytes);
    w.postMessage({ id, bytes: copy }, [copy.buffer]);
  });
}

/** Stops the PDF worker (tests, shutdown). */
export async function stopPdfWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
