/**
 * Reads tables 二, 三 and 四 and the text of an annual report published as a PDF with a text layer
 * (pdfjs text items with their positions, and the page's rulings: pdfTables.ts). The rows of all
 * tables, page after page, make one grid, so a table that runs over a page break reads whole; the
 * interpretation is the web page's (readReportGrids); a table's parts on two pages are laid on one set of
 * columns (pdfPageBreaks.ts). Tables drawn without lines are read by the
 * position of their text under the header columns (pdfUnruled.ts). A PDF without text (a scan) is refused with
 * a problem: no OCR, no guess. Runs in a parse worker (readReportFile.ts).
 */
import { DomainError } from '../../domain/shared/errors.ts';
import { readPdfLayouts, type PdfPageLayout } from '../pdf/readPdf.ts';
import { readPageTables, type PageReading } from './pdfTables.ts';
import { documentRows } from './pdfPageBreaks.ts';
import { readUnruledTables } from './pdfUnruled.ts';
import { runLines } from './pdfRuns.ts';
import { readReportGrids } from './readHtmlReport.ts';
import { readTablesFromText } from './tablesFromText.ts';
import { finishReading, ReadingCollector, type AnnualReportReading } from './reading.ts';
import { refusedReading } from './refusedReading.ts';
import { rowLines, slotGridOf } from './slotGrid.ts';

export const SCANNED_PDF = 'PDF 没有文字层（可能是扫描件），无法读取表格：请上传网页、Word 或带文字层的 PDF';

/**
 * The document's text in reading order: on each page its paragraphs and its tables (one line a
 * row) by their height on the page; a line that reaches the right margin runs on into the next,
 * so a sentence wrapped by the layout stays one line (R8 and R10 read sentences).
 */
function documentText(pages: readonly PageReading[]): string {
  const margin = Math.max(0, ...pages.flatMap((page) => page.lines.map((line) => line.right)));
  const blocks = pages.flatMap((page) => {
    const tables = page.tables.map((table) => ({ top: table.top, text: rowLines(table.rows).join('\n') }));
    const paragraphs: { top: number; text: string }[] = [];
    let runsOn = false;
    for (const line of page.lines) {
      const last = paragraphs.at(-1);
      const tableBetween = last && tables.some((table) => last.top < table.top && table.top < line.top);
      if (last && runsOn && !tableBetween) last.text += line.text;
      else paragraphs.push({ top: line.top, text: line.text });
      runsOn = margin - line.right < line.size * 1.5;
    }
    return [...paragraphs, ...tables].sort((a, b) => a.top - b.top);
  });
  return blocks.map((block) => block.text.trim()).filter(Boolean).join('\n');
}

/** Kangxi radicals (U+2F00–U+2FDF, U+2E80–U+2EFF) that some PDF fonts map their glyphs to (Chromium's “⼆”): the ideographs (二). */
function withIdeographs(layout: PdfPageLayout): PdfPageLayout {
  const boxes = layout.boxes.map((box) => ({ ...box, str: box.str.replace(/[\u2e80-\u2fdf]/g, (radical) => radical.normalize('NFKC')) }));
  return { ...layout, boxes };
}

export async function readAnnualReportPdf(bytes: Uint8Array): Promise<AnnualReportReading> {
  const collector = new ReadingCollector();
  let layouts: PdfPageLayout[];
  try {
    layouts = (await readPdfLayouts(bytes)).map(withIdeographs);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return refusedReading(error.message);
  }
  if (layouts.every((layout) => layout.boxes.length === 0)) {
    return refusedReading(SCANNED_PDF);
  }
  const pages = layouts.map(readPageTables);
  const rows = documentRows(pages);
  const text = documentText(pages);
  if (rows.length > 0) return finishReading(readReportGrids([slotGridOf(rows)], collector), collector, text);
  return readWithoutLines(layouts, text, collector);
}

/** Tables found in a reading: a table with at least one row read. */
const tablesRead = (reading: AnnualReportReading) =>
  [reading.tables.table2, reading.tables.table3, reading.tables.table4].filter((table) => table && Object.keys(table).length > 0).length;

/**
 * No table lines: the tables by the position of their text (pdfUnruled.ts), unless reading the text
 * as a text copy finds more of them (a report whose tables were typed as text with "|").
 */
function readWithoutLines(layouts: readonly PdfPageLayout[], text: string, collector: ReadingCollector): AnnualReportReading {
  const unruled = readUnruledTables(runLines(layouts.map((layout) => layout.boxes)));
  unruled.problems.forEach((problem) => collector.problem(problem));
  const byPosition = finishReading(readReportGrids([slotGridOf(unruled.rows)], collector), collector, text);
  const asText = readTablesFromText(text, 'PDF 中没有找到表格');
  return tablesRead(byPosition) > 0 && tablesRead(byPosition) >= tablesRead(asText) ? byPosition : asText;
}
