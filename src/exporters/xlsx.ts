import ExcelJS from 'exceljs';
import type { CatalogDocument } from '../domain/catalog/catalog.ts';
import type { ExportOptions } from './columns.ts';
import { buildForm, type FormRow } from './form.ts';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'SimSun';

/** The catalog as an .xlsx workbook in the official form (landscape A4, merged 一级事项). */
export async function exportXlsx(catalog: CatalogDocument, options: ExportOptions = {}): Promise<Uint8Array> {
  const form = buildForm(catalog, options);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gongkai';
  const sheet = workbook.addWorksheet('目录', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:5' },
  });
  const width = form.columns.length;
  sheet.columns = form.columns.map((column) => ({ width: Math.max(5, column.width * 2.2) }));

  const banner = (row: number, text: string, size: number, bold: boolean, align: 'center' | 'left') => {
    sheet.mergeCells(row, 1, row, width);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { name: FONT, size, bold };
    cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
    sheet.getRow(row).height = size * 2;
  };
  banner(1, form.title, 18, true, 'center');
  banner(2, form.metaLine, 11, false, 'left');
  banner(3, form.summaryLine, 11, false, 'left');

  const writeRows = (rows: FormRow[], firstRow: number, header: boolean) => {
    rows.forEach((row, r) => {
      let lines = 1;
      row.forEach((cell, c) => {
        if (!cell) return;
        const at = sheet.getCell(firstRow + r, c + 1);
        at.value = cell.text;
        const columnWidth = form.columns.slice(c, c + cell.colSpan).reduce((sum, col) => sum + col.width, 0);
        if (cell.rowSpan === 1) {
          lines = Math.max(lines, ...cell.text.split('\n').map((line) => Math.ceil(line.length / Math.max(1, columnWidth))));
        }
        if (cell.rowSpan > 1 || cell.colSpan > 1) sheet.mergeCells(firstRow + r, c + 1, firstRow + r + cell.rowSpan - 1, c + cell.colSpan);
      });
      sheet.getRow(firstRow + r).height = Math.max(header ? 20 : 18, lines * 14 + 4);
    });
    for (let r = 0; r < rows.length; r++) {
      for (let c = 0; c < width; c++) {
        const at = sheet.getCell(firstRow + r, c + 1);
        at.border = BORDER;
        at.font = { name: FONT, size: header ? 11 : 10, bold: header };
        at.alignment = { horizontal: form.columns[c]!.align === 'center' || header ? 'center' : 'left', vertical: 'middle', wrapText: true };
      }
    }
  };
  writeRows(form.header, 4, true);
  writeRows(form.body, 4 + form.header.length, false);
  sheet.views = [{ state: 'frozen', ySplit: 5 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
