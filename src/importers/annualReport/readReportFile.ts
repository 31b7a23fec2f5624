import { detectFormat } from '../detectFormat.ts';
import { readAnnualReportHtml } from './readHtmlReport.ts';
import { readAnnualReportText } from './readTextReport.ts';
import { finishReading, ReadingCollector, type AnnualReportReading } from './reading.ts';

/** A saved web page: its text mentions <table or <html near the start. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024)).toLowerCase();
  return /<(html|table|body|!doctype)/.test(head);
}

function refused(message: string): AnnualReportReading {
  const collector = new ReadingCollector();
  collector.problem(message);
  return finishReading({ table2: null, table2Format: null, table3: null, table4: null }, collector);
}

/**
 * Reads an uploaded annual report, whatever its kind: the format is told from the bytes, never
 * from the name. A file that cannot be read gives a reading with a Chinese problem, never an exception.
 */
export async function readAnnualReportFile(bytes: Uint8Array): Promise<AnnualReportReading> {
  const format = detectFormat(bytes);
  if (format === 'text') return looksLikeHtml(bytes) ? readAnnualReportHtml(bytes) : readAnnualReportText(bytes);
  if (format === 'ole') return refused('文件是旧版 .doc 格式或已加密：请在 Word 中“另存为” .docx 后再上传');
  return refused('无法识别的文件格式：请上传网页（.html）、Word（.docx）、带文字层的 PDF 或文本（.txt）格式的年度报告');
}
