/**
 * Plain tables (a title, one header row, rows) as one .xlsx with a sheet per table or one CSV with the
 * tables one after another — the region view's 年报 overview and its summed tables 三 and 四.
 * Headers are the Chinese ones shown on the page; pure: bytes out.
 */
import ExcelJS from 'exceljs';
import { guardFormula } from '../../domain/shared/spreadsheetFormula.ts';

export type BlockCell = string | number | null;

export interface TableBlock {
  /** Sheet name (at most 31 characters, no []:*?/\). */
  sheet: string;
  title: string;
  header: readonly string[];
  rows: readonly (readonly BlockCell[])[];
}

export const BLOCK_MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

export type BlockFormat = keyof typeof BLOCK_MEDIA_TYPES;

/** Each table on its own sheet: the title in row 1, the header in row 2, numbers as numbers. */
export async function tableBlocksXlsx(blocks: readonly TableBlock[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gongkai';
  for (const block of blocks) {
    const sheet = workbook.addWorksheet(block.sheet, { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.mergeCells(1, 1, 1, Math.max(1, block.header.length));
    sheet.getCell(1, 1).value = block.title;
    sheet.getCell(1, 1).font = { name: 'SimSun', size: 14, bold: true };
    sheet.getRow(2).values = [...block.header];
    sheet.getRow(2).font = { name: 'SimSun', bold: true };
    sheet.columns.forEach((column, i) => {
      column.width = i === 0 ? 36 : 14;
    });
    block.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        sheet.getCell(r + 3, c + 1).value = typeof value === 'string' ? guardFormula(value) : value;
      });
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function csvField(value: BlockCell): string {
  if (value === null) return '';
  const cell = guardFormula(String(value));
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The tables one after another, an empty line between: UTF-8 with a BOM and CRLF (Excel opens it as Chinese text). */
export function tableBlocksCsv(blocks: readonly TableBlock[]): Uint8Array {
  const lines: string[] = [];
  for (const [index, block] of blocks.entries()) {
    if (index > 0) lines.push('');
    lines.push(csvField(block.title), block.header.map(csvField).join(','));
    for (const row of block.rows) lines.push(row.map(csvField).join(','));
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

export async function exportTableBlocks(blocks: readonly TableBlock[], format: BlockFormat): Promise<Uint8Array> {
  return format === 'xlsx' ? tableBlocksXlsx(blocks) : tableBlocksCsv(blocks);
}
