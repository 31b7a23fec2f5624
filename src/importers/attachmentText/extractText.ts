import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import type { AttachmentType } from './sniffAttachment.ts';

/**
 * The text of an attachment, for the personal-data check and for search: PDF text
 * layers (pdfjs-dist legacy build), Word raw text (mammoth), Excel cell values (exceljs).
 * Images have no text. A file that cannot be read yields '' and a note, not an error:
 * the upload itself stays valid, the text is just not searchable.
 */
export const MAX_EXTRACTED_CHARS = 1_000_000;
const PDF_TIMEOUT_MS = 20_000;
const MAX_PDF_PAGES = 500;

export interface ExtractedText {
  text: string;
  /** Why no text was extracted, when something went wrong. */
  problem: string | null;
}

export async function extractAttachmentText(type: AttachmentType, bytes: Uint8Array): Promise<ExtractedText> {
  try {
    const text = type === 'pdf' ? await pdfText(bytes) : type === 'docx' ? await docxText(bytes) : type === 'xlsx' ? await xlsxText(bytes) : '';
    return { text: text.slice(0, MAX_EXTRACTED_CHARS), problem: null };
  } catch (error) {
    return { text: '', problem: `无法提取文字：${(error as Error).message ?? String(error)}` };
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return result.value.trim();
}

async function xlsxText(bytes: Uint8Array): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const lines: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell((cell) => cells.push(cell.text ?? ''));
      lines.push(cells.join('\t'));
    });
  });
  return lines.join('\n').trim();
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const dataDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = getDocument({
    data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
    cMapUrl: join(dataDir, 'cmaps') + '/', cMapPacked: true, standardFontDataUrl: join(dataDir, 'standard_fonts') + '/',
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('PDF 读取超时')), PDF_TIMEOUT_MS); });
  const read = async () => {
    const pdf = await task.promise;
    const pages: string[] = [];
    let length = 0;
    for (let n = 1; n <= Math.min(pdf.numPages, MAX_PDF_PAGES) && length < MAX_EXTRACTED_CHARS; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      pages.push(text);
      length += text.length;
    }
    return pages.join('\n').trim();
  };
  try {
    return await Promise.race([read(), timeout]);
  } finally {
    clearTimeout(timer);
    void task.destroy().catch(() => undefined);
  }
}
