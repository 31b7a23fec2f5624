/**
 * Plain text (as extracted from a Word, web or PDF table) → catalog + findings.
 * The text readers only rebuild the grid; the national form is read by
 * interpretTable, the one interpreter every format shares.
 */
import type { CatalogDocument } from '../domain/catalog/catalog.ts';
import { DomainError } from '../domain/shared/errors.ts';
import type { ImportFinding, SourceTable } from './table/grid.ts';
import { interpretTable } from './table/interpretTable.ts';
import { decodeText, normalizeText } from './text/decode.ts';
import { readTabCells, readTabRows } from './text/tabbedText.ts';
import { readLineStream } from './text/lineStream.ts';
import { readLayoutText } from './text/layoutText.ts';
import { readPipeTable } from './text/pipeTable.ts';
import { readSpacedRows } from './text/spacedRows.ts';
import { readCsv } from './text/csvText.ts';

export interface ImportTextOptions {
  /** The file name, recorded as the catalog's `source`. */
  source?: string | null;
}

export interface ImportResult {
  catalog: CatalogDocument;
  findings: ImportFinding[];
}

/**
 * The grid a text holds, trying the styles from the most to the least structured.
 * CSV is chosen by content: no tabs, and a comma-separated header row of the form.
 */
export function readTextTable(text: string): SourceTable | null {
  return readTabRows(text) ?? readTabCells(text) ?? readCsv(text) ?? readPipeTable(text) ?? readSpacedRows(text) ?? readLayoutText(text) ?? readLineStream(text);
}

export function importText(bytes: Uint8Array, options: ImportTextOptions = {}): ImportResult {
  if (bytes.length === 0) throw new DomainError('import.unreadable', '文件是空的，没有可导入的内容');
  const text = normalizeText(decodeText(bytes));
  if (text.trim() === '') throw new DomainError('import.unreadable', '文件只有空白，没有可导入的内容');
  const table = readTextTable(text);
  if (!table) {
    throw new DomainError('import.no_table', '未找到政务公开目录表格：文本中没有“序号、公开事项、公开内容、公开依据……”这样的表头');
  }
  return interpretTable(table, { source: options.source ?? null });
}
