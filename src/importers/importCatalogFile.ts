import type { CatalogDocument } from '../domain/catalog/catalog.ts';
import { DomainError } from '../domain/shared/errors.ts';
import { detectFormat, type CatalogFileFormat } from './detectFormat.ts';
import { importText } from './importCatalogText.ts';
import { assertFileSize, listZipEntries, unreadable } from './limits.ts';
import type { ImportFinding, SourceTable } from './table/grid.ts';
import { interpretTable } from './table/interpretTable.ts';
import { runParseTask } from './workers/parsePool.ts';

export type ImportedFormat = 'docx' | 'xlsx' | 'pdf' | 'text';

export interface ImportFileOptions {
  /** The responsible agency, when the file does not name it (or names it differently). */
  agency?: string;
}

export interface ImportedCatalog {
  catalog: CatalogDocument;
  findings: ImportFinding[];
  format: ImportedFormat;
}

function refuseFormat(format: CatalogFileFormat, bytes: Uint8Array): never {
  if (format === 'ole') {
    throw unreadable('文件已加密或为旧版 .doc/.xls 格式：请去除密码，或在 Word/Excel 中“另存为” .docx/.xlsx 后再导入');
  }
  if (format === 'zip') {
    listZipEntries(bytes); // throws the precise reason (too large, corrupt) when there is one
    throw unreadable('压缩包不是 Word（.docx）或 Excel（.xlsx）文件，或文件已损坏');
  }
  throw unreadable('无法识别的文件格式：请上传 .docx、.xlsx、带文字层的 .pdf 或文本（.txt/.csv）格式的目录');
}

/**
 * The reading step alone: detects the format from the bytes and reduces a
 * docx/xlsx/pdf file to its SourceTable in a parse worker (no interpretation). Text files have
 * no table here (format 'text', table null): they go to importText.
 */
export async function readCatalogTable(bytes: Uint8Array): Promise<{ format: ImportedFormat; table: SourceTable | null }> {
  assertFileSize(bytes);
  const format = detectFormat(bytes);
  switch (format) {
    case 'docx':
    case 'xlsx':
    case 'pdf':
      // Untrusted bytes are parsed in a worker with memory and work limits (docs/adr/0006).
      return { format, table: await runParseTask({ kind: 'table', format, bytes }) };
    case 'text':
      return { format, table: null };
    default:
      return refuseFormat(format, bytes);
  }
}

function assertHasTable(table: SourceTable): void {
  const filled = table.rows.filter((row) => row.filter((cell) => cell.text.trim()).length >= 2);
  if (filled.length < 2) {
    throw new DomainError('import.no_table', '文件中没有找到目录表格（需要包含“公开事项”“公开内容”“公开依据”等列的表格）');
  }
}

/**
 * Imports a catalog file of any supported format: .docx, .xlsx, .pdf with a
 * text layer (via the readers and the one interpreter of the national form),
 * or text (via importText). Pure: bytes in, catalog and findings out. Every
 * failure is a DomainError with a Chinese message: import.unreadable,
 * import.too_large or import.no_table.
 */
export async function importCatalogFile(bytes: Uint8Array, options: ImportFileOptions = {}): Promise<ImportedCatalog> {
  const { format, table } = await readCatalogTable(bytes);
  let result: { catalog: CatalogDocument; findings: ImportFinding[] };
  if (table === null) result = await importText(bytes);
  else {
    assertHasTable(table);
    result = await interpretTable(table);
  }
  const catalog = options.agency ? { ...result.catalog, agency: options.agency } : result.catalog;
  return { catalog, findings: result.findings, format };
}
