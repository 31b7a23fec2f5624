import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { DomainError } from '../../domain/shared/errors.ts';
import { SafeZip } from '../limits.ts';
import { openPdf, pageTextItems } from '../pdf/openPdf.ts';
import type { AttachmentType } from './sniffAttachment.ts';

/**
 * Reads the text of an attachment inside a parse worker (see extractText.ts):
 * PDF text layers (pdfjs-dist legacy build), Word raw text (mammoth), Excel cell
 * values (exceljs). Work is counted, not timed: pages, text items and characters
 * are capped, and the zip parts are inflated under the per-part cap first.
 */
export const MAX_EXTRACTED_CHARS = 1_000_000;
export const MAX_PDF_TEXT_PAGES = 500;
/** Text items pdfjs may hand back for one attachment: a dense page has a few hundred; pdfjs streams ~30k a second. */
export const MAX_PDF_TEXT_ITEMS = 100_000;

export async function readAttachmentText(type: AttachmentType, bytes: Uint8Array): Promise<string> {
  if (type === 'pdf') return pdfText(bytes);
  if (type === 'docx' || type === 'xlsx') new SafeZip(bytes).verifyAll();
  if (type === 'docx') return docxText(bytes);
  if (type === 'xlsx') return xlsxText(bytes);
  return '';
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

const tooManyItems = () => new DomainError('import.too_large', 'PDF 文字片段过多（结构异常），疑似异常文件，已拒绝');

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { task, pdf } = await openPdf(bytes);
  try {
    const pages: string[] = [];
    let length = 0;
    let items = 0;
    for (let n = 1; n <= Math.min(pdf.numPages, MAX_PDF_TEXT_PAGES) && length < MAX_EXTRACTED_CHARS; n++) {
      const page = await pdf.getPage(n);
      const content = await pageTextItems(page, MAX_PDF_TEXT_ITEMS - items, tooManyItems);
      items += content.length;
      const text = content.map((item) => item.str + (item.hasEOL ? '\n' : '')).join('');
      pages.push(text);
      length += text.length;
      page.cleanup();
    }
    return pages.join('\n').trim();
  } finally {
    void task.destroy().catch(() => undefined);
  }
}
