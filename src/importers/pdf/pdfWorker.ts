/** Worker thread entry (loaded by pdfWorker.mjs): reads one PDF at a time for readPdf (see pdf/index.ts). */
import { parentPort } from 'node:worker_threads';
import { DomainError } from '../../domain/shared/errors.ts';
import { preloadPdfjs, readPdfInProcess } from './readPdf.ts';

await preloadPdfjs();
parentPort?.postMessage({ ready: true });
parentPort?.on('message', async (message: { id: number; bytes: Uint8Array }) => {
  try {
    const table = await readPdfInProcess(message.bytes);
    parentPort!.postMessage({ id: message.id, table });
  } catch (error) {
    const domain = error instanceof DomainError;
    parentPort!.postMessage({ id: message.id, error: { domain, code: domain ? error.code : null, message: (error as Error)?.message ?? String(error) } });
  }
});
