/**
 * The result of reading an annual report's tables (applications-contract.md §4 keys). A blank
 * cell stays null and is listed in `blanks` — a reader never turns "not reported" into 0.
 */
import { readCell, type CellValue } from './cells.ts';
import { TABLE3_COLUMNS, type Table3Column, type Table3ReadKey } from './labels.ts';

export type ReportFormat = '2021' | '2019';
export type Table2Read = Record<string, Record<string, CellValue>>;
export type Table3Read = Partial<Record<Table3ReadKey, Record<Table3Column, CellValue>>>;
export type Table4Read = Record<string, Record<string, CellValue>>;

export interface AnnualReportTables {
  /** Layout of table 二: the 2019 试行 one has other columns (regulations.md §2.8). */
  table2Format: ReportFormat | null;
  table2: Table2Read | null;
  table3: Table3Read | null;
  table4: Table4Read | null;
}

export interface AnnualReportReading {
  /** 2019 when table 三 has one （六）其他处理 row, 2021 when it has the three sub-items. */
  format: ReportFormat | null;
  tables: AnnualReportTables;
  /** Where a cell was left blank, e.g. "table3.granted.research". */
  blanks: string[];
  /** What could not be read, in Chinese, for the person who uploaded the report. */
  problems: string[];
}

/** Collects cells into the result, recording blanks and unreadable cells on the way. */
export class ReadingCollector {
  readonly blanks: string[] = [];
  readonly problems: string[] = [];

  cell(where: string, raw: string | undefined): CellValue {
    const reading = readCell(raw ?? '');
    if (reading.problem) this.problems.push(`${where}：${reading.problem}`);
    else if (reading.value === null) this.blanks.push(where);
    return reading.value;
  }

  row<K extends string>(where: string, columns: readonly K[], raws: readonly (string | undefined)[]): Record<K, CellValue> {
    const row = {} as Record<K, CellValue>;
    columns.forEach((column, index) => {
      row[column] = this.cell(`${where}.${column}`, raws[index]);
    });
    return row;
  }

  table3Row(key: Table3ReadKey, raws: readonly (string | undefined)[]): Record<Table3Column, CellValue> {
    return this.row(`table3.${key}`, TABLE3_COLUMNS, raws);
  }

  problem(message: string): void {
    this.problems.push(message);
  }
}

/** 2019 when the single （六） row was read, 2021 when any of its sub-items was; else unknown. */
export function formatOfTable3(table3: Table3Read | null): ReportFormat | null {
  if (!table3) return null;
  if (table3.other) return '2019';
  if (table3['other.noCorrection'] || table3['other.feeUnpaid'] || table3['other.other']) return '2021';
  return null;
}

export function finishReading(tables: AnnualReportTables, collector: ReadingCollector): AnnualReportReading {
  const format = formatOfTable3(tables.table3) ?? tables.table2Format;
  if (!tables.table2) collector.problem('未找到表二“主动公开政府信息情况”');
  if (!tables.table3) collector.problem('未找到表三“收到和处理政府信息公开申请情况”');
  if (!tables.table4) collector.problem('未找到表四“政府信息公开行政复议、行政诉讼情况”');
  if (format && tables.table2Format && format !== tables.table2Format)
    collector.problem(`表二使用${tables.table2Format}年格式，表三使用${format}年格式`);
  return { format, tables, blanks: collector.blanks, problems: collector.problems };
}
