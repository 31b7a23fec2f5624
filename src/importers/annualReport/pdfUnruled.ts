/**
 * Tables 二, 三 and 四 of a PDF without table lines (pdfColumns.ts places runs by position): the
 * tables are found by their headers — 第二十条 and 信息内容 (table 二, one block per 信息内容 row),
 * 申请人情况 / 自然人 (table 三, seven columns), 行政复议 (table 四, fifteen columns). When a
 * table's columns cannot be located the table is not read, and the problem says so: no guess.
 */
import type { GridRow } from '../table/grid.ts';
import { normalizeLabel } from './labels.ts';
import { findColumns, rowsOf } from './pdfColumns.ts';
import { isValueRun, type Run, type RunLine } from './pdfRuns.ts';

const SPANNING_HEADERS = new Set(['申请人情况', '法人或其他组织', '行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉']);
const hasRun = (line: RunLine, text: string) => line.runs.some((run) => normalizeLabel(run.text) === text);
const lineText = (line: RunLine) => normalizeLabel(line.runs.map((run) => run.text).join(''));
const textRow = (line: RunLine): GridRow => line.runs.map((run) => ({ text: run.text }));

/** The header lines of a table (up to its first line with a number) and its data lines. */
function splitHeader(lines: readonly RunLine[]): { header: RunLine[]; data: RunLine[] } {
  const first = lines.findIndex((line) => line.runs.some(isValueRun));
  return first < 0 ? { header: [...lines], data: [] } : { header: lines.slice(0, first), data: lines.slice(first) };
}

function table2Rows(lines: readonly RunLine[]): GridRow[] {
  const rows: GridRow[] = [];
  const starts = lines.flatMap((line, index) => (hasRun(line, '信息内容') ? [index] : []));
  rows.push(...lines.slice(0, starts[0] ?? lines.length).map(textRow));
  starts.forEach((start, n) => {
    const block = lines.slice(start, starts[n + 1] ?? lines.length);
    const { header, data } = splitHeader(block);
    const label = header[0]!.runs.find((run) => normalizeLabel(run.text) === '信息内容')!;
    const headerRuns = header.filter((line) => !lineText(line).includes('第二十条')).flatMap((line) => line.runs.filter((run) => run.x > label.right));
    const columns = findColumns(headerRuns, data, null);
    const body = data.filter((line) => !lineText(line).includes('第二十条'));
    rows.push(...header.map(textRow));
    rows.push(...((columns && rowsOf(body, columns, false)) ?? []));
    rows.push(...data.filter((line) => lineText(line).includes('第二十条')).map(textRow));
  });
  return rows;
}

function table3Rows(lines: readonly RunLine[], problems: string[]): GridRow[] {
  const { header, data } = splitHeader(lines);
  const natural = header.flatMap((line) => line.runs).find((run) => normalizeLabel(run.text) === '自然人');
  const headerRuns = header.flatMap((line) => line.runs).filter((run: Run) => !SPANNING_HEADERS.has(normalizeLabel(run.text)) && natural !== undefined && run.right > natural.x);
  const columns = findColumns(headerRuns, data, 7);
  const rows = columns && rowsOf(data, columns, true);
  if (!rows) {
    problems.push('表三（PDF 中没有表格线）的列位置无法确定，未读取表三：请上传网页、Word 或画有表格线的 PDF');
    return [];
  }
  // One header row of the columns found (wrapped header text joined), for the reader's column-order check.
  return [[{ text: '' }, ...columns.map((column) => ({ text: column.header }))], ...rows];
}

function table4Rows(lines: readonly RunLine[], problems: string[]): GridRow[] {
  const { header, data } = splitHeader(lines);
  const headerRuns = header.flatMap((line) => line.runs).filter((run) => !SPANNING_HEADERS.has(normalizeLabel(run.text)));
  const first = data.slice(0, 1);
  const columns = findColumns(headerRuns, first, 15);
  const rows = columns && rowsOf(first.map((line) => ({ ...line, runs: [{ ...line.runs[0]!, text: '数据', x: -1, right: -1, centre: -1 }, ...line.runs] })), columns, false);
  if (!rows) {
    problems.push('表四（PDF 中没有表格线）的列位置无法确定，未读取表四：请上传网页、Word 或画有表格线的 PDF');
    return header.map(textRow);
  }
  return [...header.map(textRow), ...rows.map((row) => row.slice(1))];
}

/** The rows of tables 二, 三 and 四 from the lines of a PDF without table lines, and what could not be read. */
export function readUnruledTables(lines: readonly RunLine[]): { rows: GridRow[]; problems: string[] } {
  const problems: string[] = [];
  const t2 = lines.findIndex((line) => lineText(line).includes('第二十条'));
  const t3 = lines.findIndex((line, index) => index > t2 && (hasRun(line, '申请人情况') || hasRun(line, '自然人')));
  const t4 = lines.findIndex((line, index) => index > Math.max(t2, t3) && hasRun(line, '行政复议'));
  const end = (next: number[]) => Math.min(...next.filter((index) => index >= 0), lines.length);
  const rows: GridRow[] = [];
  if (t2 >= 0) rows.push(...table2Rows(lines.slice(t2, end([t3, t4]))));
  if (t3 >= 0) rows.push(...table3Rows(lines.slice(t3, end([t4])), problems));
  if (t4 >= 0) rows.push(...table4Rows(lines.slice(t4), problems));
  return { rows, problems };
}
