import { DomainError } from '../../domain/shared/errors.ts';
import { detectFormat } from '../detectFormat.ts';
import { listZipEntries, MAX_FILE_BYTES } from '../limits.ts';
import { runParseTask } from '../workers/parsePool.ts';
import { readAnnualReportHtml } from './readHtmlReport.ts';
import { readAnnualReportText } from './readTextReport.ts';
import type { AnnualReportReading } from './reading.ts';
import { refusedReading } from './refusedReading.ts';

/** A saved web page: its text mentions <table or <html near the start. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024)).toLowerCase();
  return /<(html|table|body|!doctype)/.test(head);
}

/** The reason a zip that is not a .docx cannot be read: its own damage first, else what it is not. */
function zipRefusal(bytes: Uint8Array): AnnualReportReading {
  try {
    listZipEntries(bytes);
  } catch (error) {
    if (error instanceof DomainError) return refusedReading(error.message);
    throw error;
  }
  return refusedReading('压缩包不是 Word（.docx）文件：请上传年度报告的网页、Word（.docx）、PDF 或文本');
}

/** Word and PDF files are untrusted: parsed in the parse worker pool, with its memory and CPU limits (docs/adr/0006). */
async function readInWorker(format: 'docx' | 'pdf', bytes: Uint8Array): Promise<AnnualReportReading> {
  try {
    return await runParseTask({ kind: 'annualReport', format, bytes });
  } catch (error) {
    if (error instanceof DomainError) return refusedReading(error.message);
    throw error;
  }
}

/**
 * Reads an uploaded annual report, whatever its kind: the format is told from the bytes, never
 * from the name. A file that cannot be read gives a reading with one Chinese problem, never an exception.
 */
export async function readAnnualReportFile(bytes: Uint8Array): Promise<AnnualReportReading> {
  if (bytes.byteLength === 0) return refusedReading('文件是空的（0 字节）：请上传年度报告的网页、Word（.docx）、PDF 或文本文件');
  if (bytes.byteLength > MAX_FILE_BYTES)
    return refusedReading(`文件过大（${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB），年度报告不能超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const format = detectFormat(bytes);
  switch (format) {
    case 'text':
      return looksLikeHtml(bytes) ? readAnnualReportHtml(bytes) : readAnnualReportText(bytes);
    case 'docx':
    case 'pdf':
      return readInWorker(format, bytes);
    case 'ole':
      return refusedReading('文件是旧版 .doc 格式或已加密：请去除密码，或在 Word 中“另存为” .docx 后再上传');
    case 'xlsx':
      return refusedReading('文件是 Excel 表格（.xlsx），不是年度报告：请上传报告的网页、Word（.docx）、PDF 或文本');
    case 'zip':
      return zipRefusal(bytes);
    default:
      return refusedReading('无法识别的文件格式：请上传网页（.html）、Word（.docx）、带文字层的 PDF 或文本（.txt）格式的年度报告');
  }
}
