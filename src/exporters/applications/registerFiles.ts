import ExcelJS from 'exceljs';
import type { ApplicationRecord } from '../../domain/applications/application.ts';
import { csvField } from '../csvTable.ts';
import { exportHeader } from '../../importers/applications/registerHeaders.ts';
import { EXPORT_COLUMNS, registerRow } from './registerRows.ts';

/** A register to export: the agency and its applications (applications-contract.md §2). */
export interface RegisterExport {
  agency: string;
  applications: readonly ApplicationRecord[];
}

export type RegisterExportFormat = 'xlsx' | 'csv' | 'json';

export const REGISTER_MEDIA_TYPES: Record<RegisterExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

const title = (agency: string) => `${agency}依申请公开登记台账`;
/** Columns written as real Excel dates (the others may hold several dates in one cell). */
const DATE_COLUMNS = new Set(['receivedOn', 'answeredOn']);

/** The register as .xlsx: a title row, the header row, one row per application. Staff only: personal data included. */
export async function exportRegisterXlsx(register: RegisterExport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gongkai';
  const sheet = workbook.addWorksheet('登记台账', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.mergeCells(1, 1, 1, EXPORT_COLUMNS.length);
  sheet.getCell(1, 1).value = title(register.agency);
  sheet.getCell(1, 1).font = { name: 'SimSun', size: 16, bold: true };
  sheet.getRow(2).values = EXPORT_COLUMNS.map(exportHeader);
  sheet.getRow(2).font = { name: 'SimSun', bold: true };
  sheet.columns.forEach((column, i) => {
    column.width = EXPORT_COLUMNS[i] === 'request' || EXPORT_COLUMNS[i] === 'address' ? 30 : 14;
  });
  register.applications.forEach((record, r) => {
    const values = registerRow(record);
    EXPORT_COLUMNS.forEach((column, c) => {
      const cell = sheet.getCell(r + 3, c + 1);
      const value = values[column];
      if (DATE_COLUMNS.has(column) && value) {
        cell.value = new Date(`${value}T00:00:00Z`);
        cell.numFmt = 'yyyy-mm-dd';
      } else cell.value = value;
    });
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The register as CSV: UTF-8 with a BOM and CRLF (Excel opens it as Chinese text), formula-like cells made inert. */
export function exportRegisterCsv(register: RegisterExport): Uint8Array {
  const lines = [csvField(title(register.agency)), EXPORT_COLUMNS.map((column) => csvField(exportHeader(column))).join(',')];
  for (const record of register.applications) {
    const values = registerRow(record);
    lines.push(EXPORT_COLUMNS.map((column) => csvField(values[column])).join(','));
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/** The register as the contract's JSON file (§2), which the importer reads back unchanged. */
export function exportRegisterJson(register: RegisterExport): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify({ agency: register.agency, applications: register.applications }, null, 2)}\n`);
}

export async function exportRegister(register: RegisterExport, format: RegisterExportFormat): Promise<Uint8Array> {
  if (format === 'xlsx') return exportRegisterXlsx(register);
  return format === 'csv' ? exportRegisterCsv(register) : exportRegisterJson(register);
}
