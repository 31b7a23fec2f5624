import type { SourceTable } from '../table/grid.ts';
import { parseWorkerStartWaitMs, runParseTask, stopParseWorkers } from '../workers/parsePool.ts';

/**
 * Reads a PDF into a SourceTable (see readPdfInProcess) in a parse worker: the
 * reader counts its work (pages, operators, text items; PDF_WORK_LIMITS) and the
 * worker has a memory cap, so a hostile file is refused without holding up the
 * server, and a busy machine never makes a good file fail.
 */
export function readPdf(bytes: Uint8Array): Promise<SourceTable> {
  return runParseTask({ kind: 'table', format: 'pdf', bytes });
}

/** Time calls have waited for a parse worker to start; for the fuzz test's per-file timing. */
export const pdfWorkerStartWaitMs = parseWorkerStartWaitMs;

/** Stops the parse workers (tests, shutdown). */
export const stopPdfWorker = stopParseWorkers;
