import type { AnnualReportReading } from '../annualReport/reading.ts';
import type { SourceTable } from '../table/grid.ts';
import { WorkerPool } from './workerPool.ts';

/**
 * The one pool that parses untrusted files (catalog imports, attachment text, uploaded 年报):
 * two workers at most (the server has two cores to share), eight files waiting at
 * most, 512 MB of V8 heap each. What a worker survives was measured (docs/benchmarks.md,
 * "Parsing in workers"); the per-part cap in limits.ts keeps legitimate files far below it.
 */
export type ParseTask =
  | { kind: 'table'; format: 'docx' | 'xlsx' | 'pdf'; bytes: Uint8Array }
  | { kind: 'attachmentText'; type: 'pdf' | 'docx' | 'xlsx'; bytes: Uint8Array }
  | { kind: 'annualReport'; format: 'docx' | 'pdf'; bytes: Uint8Array };

export type ParseResult = SourceTable | string | AnnualReportReading;

export const PARSE_POOL_LIMITS = {
  size: 2,
  maxQueue: 8,
  resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 48, stackSizeMb: 4 },
  /**
   * Worker-thread CPU per file: 3 s plus 20 ms per KiB. Our exported catalog PDFs (~200 KB) need about 0.25 s of
   * the 7 s they get, a 2,000-row xlsx (111 KB) about 1.2 s of 5.2 s; a damaged font that keeps pdfjs busy
   * (a fuzz mutation spent 17 s of CPU on one page) is stopped here, whatever the machine's load.
   */
  cpuBudgetMs: (task: ParseTask) => 3000 + (task.bytes.byteLength / 1024) * 20,
  /** Last resort: the readers count their work; no legitimate file comes near a minute and a half even on a loaded machine. */
  backstopMs: 90_000,
  idleMs: 60_000,
};

const pool = new WorkerPool<ParseTask, ParseResult>({
  entry: new URL('./parseWorker.ts', import.meta.url),
  ...PARSE_POOL_LIMITS,
  messages: {
    outOfMemory: '文件内容过于庞大，解析时超出内存上限，疑似异常文件，已拒绝',
    tooSlow: '文件解析时间过长（结构异常），已拒绝，请重新导出后再上传',
    crashed: '文件已损坏或结构异常，无法读取，请重新导出后再上传',
  },
});

export function runParseTask(task: ParseTask & { kind: 'table' }): Promise<SourceTable>;
export function runParseTask(task: ParseTask & { kind: 'attachmentText' }): Promise<string>;
export function runParseTask(task: ParseTask & { kind: 'annualReport' }): Promise<AnnualReportReading>;
/** Parses one file in a worker; the bytes are copied, so the caller keeps its own. */
export function runParseTask(task: ParseTask): Promise<ParseResult> {
  const bytes = new Uint8Array(task.bytes);
  return pool.run({ ...task, bytes } as ParseTask, [bytes.buffer]);
}

/** Time spent waiting for parse workers to start (for the fuzz test's per-file timing). */
export function parseWorkerStartWaitMs(): number {
  return pool.startWaitMs;
}

/** Stops the parse workers (tests, shutdown). */
export function stopParseWorkers(): Promise<void> {
  return pool.stop();
}
