/**
 * Plain tables (a title, one header row, rows) as one .xlsx with a sheet per table or one CSV with the
 * tables one after another — the region view's 年报 overview and its summed tables 三 and 四.
 * Headers are the Chinese ones shown on the page; pure: bytes out.
 */
import { Writable } from 'node:stream';
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

/**
 * Each table on its own sheet: the title in row 1, the header in row 2, numbers as numbers. Written with ExcelJS's
 * streaming writer (zlib deflate, rows serialised as they come): the in-memory workbook took about twice as long for a
 * 1,000-agency region view, 130–300 ms of its download (docs/benchmarks.md, "Region page over HTTP").
 */
export async function tableBlocksXlsx(blocks: readonly TableBlock[]): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  // A sink that keeps each chunk as it is written: the writer resolves on its 'finish', after the last one.
  const out = new Writable({ write: (chunk: Buffer, _encoding, done) => { chunks.push(chunk); done(); } });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: true });
  workbook.creator = 'Gongkai';
  for (const block of blocks) {
    const sheet = workbook.addWorksheet(block.sheet, { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.columns = block.header.map((_, i) => ({ width: i === 0 ? 36 : 14 }));
    sheet.mergeCells(1, 1, 1, Math.max(1, block.header.length));
    sheet.getCell(1, 1).value = block.title;
    sheet.getCell(1, 1).font = { name: 'SimSun', size: 14, bold: true };
    sheet.getRow(2).values = [...block.header];
    sheet.getRow(2).font = { name: 'SimSun', bold: true };
    for (const row of block.rows) sheet.addRow(row.map((value) => (typeof value === 'string' ? guardFormula(value) : value))).commit();
    sheet.commit();
  }
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
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
