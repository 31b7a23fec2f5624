/**
 * The result of reading an annual report's tables (applications-contract.md §4 keys). A blank
 * cell stays null and is listed in `blanks` — a reader never turns "not reported" into 0.
 */
import { DomainError } from '../../domain/shared/errors.ts';
import { MAX_FILE_BYTES } from '../limits.ts';
import { decodeText } from '../text/decode.ts';
import { TABLE3_COLUMNS, type Table3Column, type Table3ReadKey } from './labels.ts';

/** Reading one cell of a report table: a number, a blank (null, reported — never 0), or bad text. */
export type CellValue = number | null;

export interface CellReading {
  value: CellValue;
  /** Chinese message when the text is neither a number nor blank. */
  problem?: string;
}

/** Marks that reports use for "nothing here"; read as blank, like an empty cell. */
const BLANK_MARKS = /^[-—–－/／\\无]*$/;

/** Units some reports write into the cell (e.g. 上海 2019: "251000元"). */
const UNIT_SUFFIX = /(万元|元|件|条|个|项)$/;

/** 2019 试行 本年增/减 written in words: 减4 is −4, 增3 is 3 (a published 2019 report, test/fixtures/annual-reports/README.md). */
const CHANGE_WORDS = /^(减|增)(?=\d)/;

export function readCell(raw: string): CellReading {
  const text = raw.normalize('NFKC').replace(/\s+/g, '').replace(/,/g, '');
  if (BLANK_MARKS.test(text)) return { value: null };
  const number = text.replace(UNIT_SUFFIX, '').replace(CHANGE_WORDS, (word) => (word === '减' ? '-' : '')).replace(/^\+(?=\d)/, '');
  if (/^-?\d+(\.\d+)?$/.test(number)) return { value: Number(number) };
  return { value: null, problem: `单元格内容“${raw.trim().slice(0, 20)}”不是数字` };
}

export function isValueText(raw: string): boolean {
  const reading = readCell(raw);
  return reading.problem === undefined;
}

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
  /** The report's text, paragraphs on their own lines (R8 reads its section 一, R10 its sentences); null when unreadable. */
  text: string | null;
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

/** 2021 when a sub-item of （六） that 2021 added was read, 2019 when only its single row (`other.other`) was; else unknown. */
export function formatOfTable3(table3: Table3Read | null): ReportFormat | null {
  if (!table3) return null;
  if (table3['other.noCorrection'] || table3['other.feeUnpaid']) return '2021';
  if (table3['other.other']) return '2019';
  return null;
}

export function finishReading(tables: AnnualReportTables, collector: ReadingCollector, text: string | null = null): AnnualReportReading {
  const format = formatOfTable3(tables.table3) ?? tables.table2Format;
  if (!tables.table2) collector.problem('未找到表二“主动公开政府信息情况”');
  if (!tables.table3) collector.problem('未找到表三“收到和处理政府信息公开申请情况”');
  if (!tables.table4) collector.problem('未找到表四“政府信息公开行政复议、行政诉讼情况”');
  if (format && tables.table2Format && format !== tables.table2Format)
    collector.problem(`表二使用${tables.table2Format}年格式，表三使用${format}年格式`);
  return { format, tables, blanks: collector.blanks, problems: collector.problems, text };
}

/**
 * Bytes of an uploaded report → text, or a Chinese problem instead of an exception: the reader
 * returns what it could not read, it never crashes on a bad upload (size cap as for every importer).
 */
export function pageText(input: Uint8Array | string, collector: ReadingCollector): string | null {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_FILE_BYTES) {
    collector.problem(`文件过大（${(size / 1024 / 1024).toFixed(1)} MB），年度报告不能超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    return null;
  }
  if (typeof input === 'string') return input;
  try {
    return decodeText(input);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    collector.problem(error.message);
    return null;
  }
}
