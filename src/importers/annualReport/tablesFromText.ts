import { readAnnualReportText } from './readTextReport.ts';
import type { AnnualReportReading } from './reading.ts';

/**
 * A Word or PDF report whose tables are not tables (pasted as text, or drawn without lines): its
 * text is read as a text copy (readTextReport.ts: a row with fewer numbers than cells is reported,
 * not guessed), and the reading says so first.
 */
export function readTablesFromText(text: string, why: string): AnnualReportReading {
  const reading = readAnnualReportText(text);
  return { ...reading, problems: [`${why}，已按文字读取表格内容（空白单元格无法定位的行会单独列出）`, ...reading.problems] };
}
