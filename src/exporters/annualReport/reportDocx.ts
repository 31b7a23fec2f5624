/**
 * The annual report as a Word document: the page and faces of 《党政机关公文格式》（GB/T 9704-2012）
 * as the letters use them (title 方正小标宋简体 二号, headings 黑体 三号, body 仿宋_GB2312 三号), and
 * tables 二–四 with the merged cells of 国办公开办函〔2021〕30号 (gridSpan / vMerge), header rows
 * repeated on every page. Bytes out.
 */
import {
  AlignmentType, Document, LineRuleType, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { BODY_FONT, bodyParagraph, LETTER_PAGE_PROPERTIES, pageNumberFooter, TITLE_FONT } from '../letters/letterDocx.ts';
import { LETTER_PAGE, LETTER_TYPE, twips } from '../letters/letterLayout.ts';
import { annualReportTitle, annualReportTitleLines, reportBlocks, type RenderableReport } from './reportModel.ts';
import { reportTableLayouts, type LayoutCell, type TableLayout } from './tableLayout.ts';

const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
/** 五号 (10.5 pt): the size tables are set in, so table 三's ten columns fit the 156 mm 版心. */
const TABLE_SIZE = 21;
const TABLE_WIDTH = twips(LETTER_PAGE.width - LETTER_PAGE.left - LETTER_PAGE.right);

function titleParagraph(lines: readonly string[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: twips(LETTER_TYPE.lineHeight), line: twips(LETTER_TYPE.titleSize * 1.6), lineRule: LineRuleType.EXACT },
    children: lines.map((text, index) => new TextRun({ text, font: TITLE_FONT, size: LETTER_TYPE.titleSize * 2, break: index > 0 ? 1 : undefined })),
  });
}

function headingParagraph(text: string): Paragraph {
  return new Paragraph({
    spacing: { line: twips(LETTER_TYPE.lineHeight), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    indent: { firstLine: twips(LETTER_TYPE.indent) },
    keepNext: true,
    children: [new TextRun({ text, font: HEADING_FONT, size: LETTER_TYPE.bodySize * 2 })],
  });
}

/** `keepNext`: a header row stays on the page of the row below it. */
function tableCell(cell: LayoutCell, width: number, keepNext: boolean): TableCell {
  return new TableCell({
    columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    children: [
      new Paragraph({
        keepNext,
        alignment: cell.role === 'label' && cell.colSpan > 1 ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [new TextRun({ text: cell.text, font: BODY_FONT, size: TABLE_SIZE, bold: cell.role === 'head' })],
      }),
    ],
  });
}

/** Column widths in twips, from the layout's relative weights. */
function columnWidths(layout: TableLayout): number[] {
  const total = layout.weights.reduce((sum, weight) => sum + weight, 0);
  return layout.weights.map((weight) => Math.floor((TABLE_WIDTH * weight) / total));
}

export function layoutTable(layout: TableLayout): Table {
  const widths = columnWidths(layout);
  const rows = layout.rows.map((cells, index) => {
    let column = 0;
    const keepNext = cells.some((cell) => cell.role === 'head');
    const children = cells.map((cell) => {
      const width = widths.slice(column, column + cell.colSpan).reduce((sum, w) => sum + w, 0);
      column += cell.colSpan;
      return tableCell(cell, width, keepNext);
    });
    return new TableRow({ children, tableHeader: index < layout.headerRows, cantSplit: true });
  });
  return new Table({ rows, columnWidths: widths, width: { size: TABLE_WIDTH, type: WidthType.DXA }, layout: TableLayoutType.FIXED });
}

/** The report as .docx: title, the six sections in order, tables in 二–四. */
export async function exportAnnualReportDocx(report: RenderableReport): Promise<Uint8Array> {
  const title = annualReportTitle(report.agency, report.year);
  const layouts = reportTableLayouts(report.tables);
  const children: (Paragraph | Table)[] = [titleParagraph(annualReportTitleLines(report.agency, report.year))];
  for (const block of reportBlocks(report)) {
    children.push(headingParagraph(block.heading), ...block.paragraphs.map((text) => bodyParagraph(text, { indent: true })));
    if (block.table) children.push(layoutTable(layouts[block.table]), new Paragraph({ children: [] }));
  }
  const document = new Document({
    creator: report.agency,
    title,
    styles: { default: { document: { run: { font: BODY_FONT, size: LETTER_TYPE.bodySize * 2 } } } },
    sections: [{ properties: { page: LETTER_PAGE_PROPERTIES }, footers: { default: pageNumberFooter() }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
