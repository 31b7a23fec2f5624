import type { CatalogDocument } from '../domain/catalog/catalog.ts';
import type { ExportOptions } from './columns.ts';
import { exportCsv } from './csv.ts';
import { exportDocx } from './docx.ts';
import { exportJson } from './json.ts';
import { exportPdf } from './pdf.ts';
import { exportXlsx } from './xlsx.ts';

export type ExportFormat = 'xlsx' | 'docx' | 'pdf' | 'csv' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['xlsx', 'docx', 'pdf', 'csv', 'json'];

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** Exports a catalog in one format; bytes out, no I/O besides reading the CJK font for PDF. */
export async function exportCatalog(catalog: CatalogDocument, format: ExportFormat, options: ExportOptions = {}): Promise<Uint8Array> {
  switch (format) {
    case 'xlsx':
      return exportXlsx(catalog, options);
    case 'docx':
      return exportDocx(catalog, options);
    case 'pdf':
      return exportPdf(catalog, options);
    case 'csv':
      return exportCsv(catalog, options);
    case 'json':
      return exportJson(catalog);
  }
}

export type { ExportOptions } from './columns.ts';
