import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DomainError } from '../../domain/shared/errors.ts';
import { unreadable } from '../limits.ts';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = import('pdfjs-dist/legacy/build/pdf.mjs').PDFDocumentProxy;

let pdfjs: Promise<Pdfjs> | undefined;
function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** Loads pdfjs and its in-thread worker module, once per thread, on the first PDF (not at worker start: docx/xlsx work stays lighter). */
async function preloadPdfjs(): Promise<void> {
  await loadPdfjs();
  // pdfjs's in-thread "fake worker" imports its 2 MB worker module on first use; load it now.
  const g = globalThis as { pdfjsWorker?: unknown };
  // @ts-expect-error — the worker module ships without type declarations.
  g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
}

/** Maps a pdfjs failure to the Chinese refusal a user sees. */
export function pdfRefusal(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if ((error as Error)?.name === 'PasswordException') return unreadable('PDF 文件已加密（受密码保护），请先去除密码再导入');
  return unreadable('PDF 文件已损坏或不完整，无法读取，请重新导出后再导入');
}

/** Opens a PDF with pdfjs (no eval, no system fonts, bundled CMaps); the caller destroys the task. */
export async function openPdf(bytes: Uint8Array): Promise<{ task: { destroy(): Promise<void> }; pdf: PdfDocument }> {
  await preloadPdfjs();
  const { getDocument } = await loadPdfjs();
  const dataDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    cMapUrl: join(dataDir, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(dataDir, 'standard_fonts') + '/',
  });
  try {
    return { task, pdf: await task.promise };
  } catch (error) {
    void task.destroy().catch(() => undefined);
    throw pdfRefusal(error);
  }
}

type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;
export type PdfTextItem = Extract<Awaited<ReturnType<PdfPage['getTextContent']>>['items'][number], { str: string }>;

/**
 * The text items of a page, streamed from pdfjs in chunks and counted as they come:
 * once `budget` items are passed the stream is cancelled and `onTooMany` thrown, so
 * a page of a million text runs costs its first chunks, not the whole parse.
 */
export async function pageTextItems(page: PdfPage, budget: number, onTooMany: () => Error): Promise<PdfTextItem[]> {
  const reader = page.streamTextContent().getReader();
  const items: PdfTextItem[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return items;
    for (const item of (value as { items: unknown[] }).items) if (typeof item === 'object' && item && 'str' in item) items.push(item as PdfTextItem);
    if (items.length > budget) {
      const error = onTooMany();
      await reader.cancel(error).catch(() => undefined);
      throw error;
    }
  }
}
