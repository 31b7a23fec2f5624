import type { CatalogDocument } from '../domain/catalog/catalog.ts';
import { guardFormula } from '../domain/shared/spreadsheetFormula.ts';
import { formColumns, type ExportOptions } from './columns.ts';

/** One RFC 4180 field, with formula-looking text made inert first. */
function field(value: string): string {
  const cell = guardFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Header cell of a leaf column: grouped leaves carry their group (公开对象-全社会) to stay unambiguous. */
function leafHeader(group: string | null, header: string): string {
  return group && group !== '公开事项' && group !== '公开事项名称' ? `${group}-${header}` : header;
}

/**
 * The catalog table as CSV: one header row of the form's leaf columns, one row
 * per item, channels as the ticked names, √ marks. UTF-8 with a BOM and CRLF so
 * Excel opens it as Chinese text.
 */
export function exportCsv(catalog: CatalogDocument, options: ExportOptions = {}): Uint8Array {
  const columns = formColumns(catalog.items, options);
  const style = options.channelStyle ?? 'text';
  const lines = [columns.map((column) => field(leafHeader(column.group, column.header))).join(',')];
  for (const item of catalog.items) lines.push(columns.map((column) => field(column.value(item, style))).join(','));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
