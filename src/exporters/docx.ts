import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { CatalogDocument } from '../domain/catalog/catalog.ts';
import type { ExportOptions } from './columns.ts';
import { buildForm, type FormCell } from './form.ts';

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
/** A4 landscape, 1.8 cm margins: the usable width in twips. */
const PAGE = { width: 11906, height: 16838, margin: 1020 };
const USABLE_WIDTH = PAGE.height - 2 * PAGE.margin;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function cellParagraphs(cell: FormCell, header: boolean): Paragraph[] {
  return cell.text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: cell.align === 'center' || header ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { before: 0, after: 0, line: 260 },
        children: [new TextRun({ text: line, font: FONT, size: header ? 20 : 18, bold: header })],
      }),
  );
}

/** The catalog as a Word document in the official form (landscape A4, merged 一级事项, header repeated per page). */
export async function exportDocx(catalog: CatalogDocument, options: ExportOptions = {}): Promise<Uint8Array> {
  const form = buildForm(catalog, options);
  const totalWidth = form.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = form.columns.map((column) => Math.round((column.width / totalWidth) * USABLE_WIDTH));

  const rows = [...form.header.map((row) => ({ row, header: true })), ...form.body.map((row) => ({ row, header: false }))].map(
    ({ row, header }) =>
      new TableRow({
        tableHeader: header,
        cantSplit: true,
        children: row.flatMap((cell, c) =>
          cell
            ? [
                new TableCell({
                  children: cellParagraphs(cell, header),
                  rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
                  columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
                  verticalAlign: VerticalAlign.CENTER,
                  width: { size: widths.slice(c, c + cell.colSpan).reduce((a, b) => a + b, 0), type: WidthType.DXA },
                  margins: { top: 40, bottom: 40, left: 60, right: 60 },
                }),
              ]
            : [],
        ),
      }),
  );

  const paragraph = (text: string, options: { size: number; bold?: boolean; center?: boolean; title?: boolean }) =>
    new Paragraph({
      alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { after: 120 },
      children: [new TextRun({ text, font: options.title ? TITLE_FONT : FONT, size: options.size, bold: options.bold })],
    });

  const document = new Document({
    creator: 'Gongkai',
    title: form.title,
    styles: { default: { document: { run: { font: FONT, size: 18 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        children: [
          paragraph(form.title, { size: 36, bold: true, center: true, title: true }),
          paragraph(form.metaLine, { size: 21 }),
          paragraph(form.summaryLine, { size: 21 }),
          new Table({
            width: { size: USABLE_WIDTH, type: WidthType.DXA },
            columnWidths: widths,
            layout: TableLayoutType.FIXED,
            borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
            rows,
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
