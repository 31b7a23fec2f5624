/**
 * The annual report as a PDF on the page of the letters (GB/T 9704-2012: A4, 版心 156 × 225 mm,
 * body 三号 at a fixed line, page numbers 「— n —」), the Chinese font embedded as a subset, and
 * tables 二–四 drawn with the merged header cells of 国办公开办函〔2021〕30号. Bytes out.
 */
import { openCjkPdf } from '../cjkPdf.ts';
import { LETTER_PAGE, LETTER_TYPE } from '../letters/letterLayout.ts';
import { writeBody, writePageNumbers } from '../letters/letterPdf.ts';
import { drawTable } from './pdfTable.ts';
import { annualReportTitle, annualReportTitleLines, reportBlocks, type RenderableReport } from './reportModel.ts';
import { reportTableLayouts } from './tableLayout.ts';

export interface ReportPdfOptions {
  /** GONGKAI_CJK_FONT, as for the letters. */
  cjkFontFile?: string;
}

type Pdf = PDFKit.PDFDocument;

const USABLE_WIDTH = LETTER_PAGE.width - LETTER_PAGE.left - LETTER_PAGE.right;

function writeTitle(doc: Pdf, lines: readonly string[]): void {
  doc.font('cjk-bold').fontSize(LETTER_TYPE.titleSize);
  doc.text(lines.join('\n'), LETTER_PAGE.left, LETTER_PAGE.top, { width: USABLE_WIDTH, align: 'center', lineGap: 6 });
  doc.moveDown(0.5);
}

/** Room a table's first rows need below its heading, so the heading does not stay behind alone. */
const TABLE_START_HEIGHT = 120;

/** A section heading in bold (黑体 in the Word file), never alone at the foot of a page. */
function writeHeading(doc: Pdf, text: string, keepWith: number): void {
  if (doc.y + LETTER_TYPE.lineHeight + keepWith > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.font('cjk-bold').fontSize(LETTER_TYPE.bodySize);
  const lineGap = Math.max(0, LETTER_TYPE.lineHeight - doc.currentLineHeight());
  doc.text(text, LETTER_PAGE.left, doc.y, { width: USABLE_WIDTH, indent: LETTER_TYPE.indent, lineGap });
}

/** The report as PDF: title, the six sections in order, tables in 二–四. */
export async function exportAnnualReportPdf(report: RenderableReport, options: ReportPdfOptions = {}): Promise<Uint8Array> {
  const title = annualReportTitle(report.agency, report.year);
  const { doc, finish } = openCjkPdf({
    size: 'A4',
    bufferPages: true,
    margins: { top: LETTER_PAGE.top, bottom: LETTER_PAGE.bottom, left: LETTER_PAGE.left, right: LETTER_PAGE.right },
    info: { Title: title, Author: report.agency, Creator: 'Gongkai' },
  }, options.cjkFontFile);
  writeTitle(doc, annualReportTitleLines(report.agency, report.year));
  const layouts = reportTableLayouts(report.tables);
  for (const block of reportBlocks(report)) {
    const followedByTable = block.table !== null && block.paragraphs.length === 0;
    writeHeading(doc, block.heading, followedByTable ? TABLE_START_HEIGHT : LETTER_TYPE.lineHeight);
    for (const paragraph of block.paragraphs) writeBody(doc, paragraph, { indent: true });
    if (block.table) {
      doc.moveDown(0.3);
      drawTable(doc, layouts[block.table]);
      doc.moveDown(0.8);
    }
  }
  writePageNumbers(doc);
  return finish();
}
