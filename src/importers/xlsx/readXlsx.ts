import ExcelJS from 'exceljs';
import type { GridCell, GridRow, SourceTable } from '../table/grid.ts';
import { symbolGlyph } from '../glyphs.ts';
import { SafeZip, unreadable } from '../limits.ts';

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function decodeAddress(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!match) return null;
  let col = 0;
  for (const ch of match[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), col };
}

function parseRange(range: string): Range | null {
  const [a, b] = range.split(':');
  const start = a ? decodeAddress(a) : null;
  const end = b ? decodeAddress(b) : start;
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

type RichRun = { text?: string; font?: { name?: string } };

/** A cell's text as shown: rich text joined (symbol fonts mapped), formulas by their result, dates as ISO. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as unknown as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return (v.richText as RichRun[])
        .map((run) => {
          const font = run.font?.name;
          const text = String(run.text ?? '');
          if (!font || !/wingdings|symbol/i.test(font)) return text;
          return [...text].map((ch) => symbolGlyph(font, ch.codePointAt(0)!) ?? ch).join('');
        })
        .join('');
    }
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return cellText(v.text as ExcelJS.CellValue);
    if ('error' in v) return '';
  }
  return '';
}

/** Chooses the worksheet holding the catalog: the one with the most non-empty cells. */
function pickSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  let best: ExcelJS.Worksheet | undefined;
  let bestCount = -1;
  workbook.eachSheet((sheet) => {
    let count = 0;
    sheet.eachRow((row) => {
      count += row.actualCellCount;
    });
    if (count > bestCount) {
      best = sheet;
      bestCount = count;
    }
  });
  return best;
}

/**
 * Reads an .xlsx catalog into a SourceTable. Merged ranges: the top-left cell
 * holds the text and spans the range's width; cells below it are
 * mergedFromAbove. Leading rows with a single text (title, 责任单位 line,
 * summary line) go to `before`, trailing ones to `after`.
 */
export async function readXlsx(bytes: Uint8Array): Promise<SourceTable> {
  // Inflate every part with a cap first: exceljs then never meets a zip bomb.
  new SafeZip(bytes).verifyAll();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw unreadable('Excel 文件内容已损坏，无法读取，请在 Excel 中打开后另存为 .xlsx 再导入');
  }
  const sheet = pickSheet(workbook);
  if (!sheet) throw unreadable('Excel 文件中没有工作表');

  const merges: Range[] = [];
  const model = sheet.model as unknown as { merges?: string[] };
  for (const m of model.merges ?? []) {
    const range = parseRange(m);
    if (range && (range.bottom > range.top || range.right > range.left)) merges.push(range);
  }
  const mergeAt = new Map<string, Range>();
  for (const range of merges) {
    if ((range.bottom - range.top + 1) * (range.right - range.left + 1) > 1_000_000) continue;
    for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) mergeAt.set(`${r}:${c}`, range);
  }

  const lastRow = Math.min(sheet.actualRowCount > 0 ? sheet.rowCount : 0, 100_000);
  let lastCol = 0;
  sheet.eachRow((row) => {
    lastCol = Math.max(lastCol, row.cellCount);
  });
  lastCol = Math.min(Math.max(lastCol, ...merges.map((m) => m.right)), 500);

  const rows: { cells: GridRow; texts: number; span: number }[] = [];
  for (let r = 1; r <= lastRow; r++) {
    const row = sheet.getRow(r);
    const cells: GridRow = [];
    let texts = 0;
    let widest = 0;
    for (let c = 1; c <= lastCol; c++) {
      const range = mergeAt.get(`${r}:${c}`);
      if (range && c !== range.left) continue; // folded into the left cell's colSpan
      const width = range ? range.right - range.left + 1 : 1;
      const cell: GridCell = { text: '' };
      if (range && r !== range.top) cell.mergedFromAbove = true;
      else cell.text = cellText(row.getCell(c).value).replace(/\r\n?/g, '\n').replace(/_x000D_/g, '');
      if (width > 1) cell.colSpan = width;
      if (cell.text.trim()) {
        texts++;
        widest = Math.max(widest, width);
      }
      cells.push(cell);
    }
    rows.push({ cells, texts, span: widest });
  }

  // Drop trailing empty columns and empty rows at the edges.
  const isEmpty = (row: { texts: number; cells: GridRow }) => row.texts === 0 && !row.cells.some((c) => c.mergedFromAbove);
  while (rows.length && isEmpty(rows.at(-1)!)) rows.pop();
  const table: SourceTable = { before: [], rows: [], after: [] };
  const single = (row: { texts: number; cells: GridRow }) => row.texts <= 1 && !row.cells.some((c) => c.mergedFromAbove);
  let start = 0;
  while (start < rows.length && single(rows[start]!)) {
    const text = rows[start]!.cells.map((c) => c.text.trim()).filter(Boolean).join(' ');
    if (text) table.before.push(text);
    start++;
  }
  let end = rows.length;
  while (end > start + 1 && rows[end - 1]!.texts === 1 && rows[end - 1]!.span * 2 > lastCol && single(rows[end - 1]!)) end--;
  for (let r = end; r < rows.length; r++) {
    const text = rows[r]!.cells.map((c) => c.text.trim()).filter(Boolean).join(' ');
    if (text) table.after.push(text);
  }
  table.rows = rows.slice(start, end).map((row) => row.cells);
  table.firstRowNumber = start + 1;
  return table;
}
