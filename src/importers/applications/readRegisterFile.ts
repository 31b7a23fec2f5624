import type { ApplicationRecord } from '../../domain/applications/application.ts';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar.ts';
import type { ClockOptions } from '../../domain/applications/answerClock.ts';
import { unguardFormula } from '../../domain/shared/spreadsheetFormula.ts';
import { detectFormat } from '../detectFormat.ts';
import { assertFileSize, unreadable } from '../limits.ts';
import type { SourceTable } from '../table/grid.ts';
import { parseCsv } from '../text/csvText.ts';
import { decodeText } from '../text/decode.ts';
import { runParseTask } from '../workers/parsePool.ts';
import { registerGrid } from './registerGrid.ts';
import { exportHeader, REQUIRED_COLUMNS } from './registerHeaders.ts';
import { recordIssues, spreadsheetPlace, type ImportedRegister, type RegisterIssue } from './registerIssues.ts';
import { readRegisterJson } from './registerJson.ts';
import { readRegisterRow } from './registerRow.ts';

export type RegisterFormat = 'json' | 'xlsx' | 'csv';

/**
 * Reads an application register of any supported kind, told apart by its bytes: the
 * contract's JSON (applications-contract.md §2), an agency's Excel 台账 (.xlsx, parsed in a
 * worker with memory and work limits, docs/adr/0006) or its CSV (UTF-8 with or without BOM,
 * or GB18030). A register with any issue must import nothing; the caller says so.
 */
export async function readRegisterFile(bytes: Uint8Array, calendar: WorkingCalendar, options?: ClockOptions): Promise<ImportedRegister & { format: RegisterFormat }> {
  assertFileSize(bytes);
  const format = detectFormat(bytes);
  if (format === 'xlsx') {
    const table = await runParseTask({ kind: 'table', format: 'xlsx', bytes });
    return { ...readRegisterTable(table, calendar, options), format };
  }
  if (format !== 'text') throw unreadable('无法识别的台账文件：请导入 JSON、Excel（.xlsx）或 CSV 格式的依申请公开登记台账');
  const text = decodeText(bytes);
  if (/^\uFEFF?\s*[{[]/.test(text)) return { ...readRegisterJson(text, calendar, options), format: 'json' };
  return { ...readRegisterTable(csvTable(text), calendar, options), format: 'csv' };
}

/** A CSV as a grid: no merges, every record a row (our export guards formula-like cells; the guard comes off). */
export function csvTable(text: string): SourceTable {
  const rows = parseCsv(text).map((record) => record.map((field) => ({ text: unguardFormula(field) })));
  return { before: [], rows, after: [], withoutMerges: true, firstRowNumber: 1 };
}

/** Reads the 台账 grid of an xlsx or CSV file into records, or the issues that stop its import. */
export function readRegisterTable(table: SourceTable, calendar: WorkingCalendar, options?: ClockOptions): ImportedRegister {
  const grid = registerGrid(table, table.firstRowNumber ?? 1);
  if (!grid) {
    return { agency: null, records: [], issues: [{ row: null, field: '表头', message: '没有找到台账的表头：需要“收到日期”“申请人”“申请人类型”“申请内容”等列' }] };
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !grid.columns.has(column));
  if (missing.length) {
    const names = missing.map((column) => `“${exportHeader(column)}”`).join('、');
    return { agency: null, records: [], issues: [{ row: grid.headerRow, field: '表头', message: `第${grid.headerRow}行表头缺少${names}列` }] };
  }
  const issues: RegisterIssue[] = [];
  const read: { record: ApplicationRecord; row: number }[] = [];
  for (const row of grid.rows) {
    const { record, issues: rowIssues } = readRegisterRow(row);
    issues.push(...rowIssues);
    if (record) read.push({ record, row: row.row });
  }
  issues.push(...recordIssues(calendar, read, spreadsheetPlace, options));
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { agency: agencyOfTitle(table), records: read.map((r) => r.record), issues };
}

/** The agency a title row above the table names (“中卫市医疗保障局依申请公开登记台账”), if any. */
function agencyOfTitle(table: SourceTable): string | null {
  const lines = [...table.before, ...table.rows.slice(0, 3).map((row) => row.map((cell) => cell.text.trim()).filter(Boolean).join(''))];
  for (const line of lines) {
    const match = /^(?:单位[：:])?(.{2,60}?(?:局|委|委员会|办公室|办|厅|院|政府|中心|所|站|队|署|部))(?:\d{4}年度?)?(?:政府信息公开)?(?:依申请公开)?(?:申请)?(?:登记)?台账/.exec(line.replace(/\s+/g, ''));
    if (match) return match[1]!;
  }
  return null;
}
