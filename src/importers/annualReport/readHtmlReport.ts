/**
 * Reads tables 二, 三 and 四 from a saved web page of a 政府信息公开工作年度报告. Tables are found
 * by their own labels (第二十条…, 本年新收…, 复议后起诉), not by position, so pages that merge or
 * split them still read. Table 三 takes the last seven cells of each labelled row (the columns of
 * regulations.md §2.3); table 四 the last row of fifteen cells.
 */
import { htmlText } from './htmlText.ts';
import { alignedRow, headerColumns } from './htmlColumns.ts';
import { distinctCells, readHtmlTables, type HtmlGrid } from './htmlTables.ts';
import {
  TABLE2_2019, TABLE2_2021, TABLE3_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS,
  isTable2Of2019, normalizeLabel, table3KeyOf,
} from './labels.ts';
import { finishReading, pageText, ReadingCollector, type AnnualReportReading, type AnnualReportTables, type Table2Read, type Table3Read, type Table4Read } from './reading.ts';

function gridText(grid: HtmlGrid): string {
  return normalizeLabel(grid.flatMap((row) => distinctCells(row).map((cell) => cell.text)).join(''));
}

function readTable2(grid: HtmlGrid, collector: ReadingCollector): Pick<AnnualReportTables, 'table2' | 'table2Format'> {
  const format = isTable2Of2019(gridText(grid)) ? '2019' : '2021';
  const layout = format === '2019' ? TABLE2_2019 : TABLE2_2021;
  const table2: Table2Read = {};
  for (const row of grid) {
    const [label, ...values] = distinctCells(row);
    const spec = label && layout.find((candidate) => candidate.label(normalizeLabel(label.text)));
    if (!spec || table2[spec.key]) continue;
    table2[spec.key] = collector.row(`table2.${spec.key}`, spec.columns, values.map((cell) => cell.text));
  }
  return { table2, table2Format: format };
}

/** The organisation columns of table 三 in the format's order (regulations.md §2.3). */
const ORGANISATION_HEADERS = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];

function checkTable3Header(grid: HtmlGrid, collector: ReadingCollector): void {
  const header = grid.map((row) => distinctCells(row)).find((cells) => cells.some((cell) => normalizeLabel(cell.text) === '商业企业'));
  const texts = header?.slice(-TABLE3_COLUMNS.length).map((cell) => normalizeLabel(cell.text));
  if (!texts || ORGANISATION_HEADERS.every((label, index) => texts[index + 1] === label)) return;
  collector.problem(`表三列标题与格式不同（应为：自然人、${ORGANISATION_HEADERS.join('、')}、总计），已按格式的列序读取，请核对`);
}

const TABLE3_HEADERS = ['自然人', ...ORGANISATION_HEADERS, '总计'];

/** Table 三 read under its header's columns; null when the header does not name all seven. */
function readTable3ByHeader(grid: HtmlGrid, collector: ReadingCollector): Table3Read | null {
  const headerRow = grid.findIndex((row) => row.some((slot) => normalizeLabel(slot?.text ?? '') === '商业企业'));
  const columns = headerRow < 0 ? null : headerColumns(grid, [...Array(headerRow + 1).keys()], TABLE3_HEADERS);
  if (!columns) return null;
  const table3: Table3Read = {};
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = alignedRow(grid, r, columns);
    const key = table3KeyOf(row.label);
    if (!key || table3[key]) continue;
    if (row.problem) collector.problem(`表三“${normalizeLabel(row.label)}”一行${row.problem}，未读取，请核对`);
    else table3[key] = collector.table3Row(key, row.values);
  }
  return table3;
}

function readTable3(grid: HtmlGrid, collector: ReadingCollector): Table3Read {
  const byHeader = readTable3ByHeader(grid, collector);
  if (byHeader) return byHeader;
  checkTable3Header(grid, collector);
  const table3: Table3Read = {};
  for (const row of grid) {
    const cells = distinctCells(row);
    if (cells.length < TABLE3_COLUMNS.length + 1) continue;
    const values = cells.slice(-TABLE3_COLUMNS.length);
    const label = cells.slice(0, -TABLE3_COLUMNS.length).map((cell) => cell.text).join('');
    const key = table3KeyOf(label);
    if (!key || table3[key]) continue;
    table3[key] = collector.table3Row(key, values.map((cell) => cell.text));
  }
  return table3;
}

const TABLE4_WIDTH = TABLE4_GROUPS.length * TABLE4_COLUMNS.length;

const TABLE4_HEADERS = TABLE4_GROUPS.flatMap(() => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);

/** The data row's fifteen cells: under the header's columns when the header names them, else the last fifteen. */
function table4Values(grid: HtmlGrid): string[] | null {
  const isData = (r: number) => {
    const cells = distinctCells(grid[r] ?? []);
    return cells.length >= TABLE4_WIDTH && !cells.some((cell) => normalizeLabel(cell.text).startsWith('结果'));
  };
  const dataRow = grid.map((_, r) => r).filter(isData).at(-1);
  if (dataRow === undefined) return null;
  const columns = headerColumns(grid, [...Array(dataRow).keys()], TABLE4_HEADERS);
  if (columns && !alignedRow(grid, dataRow, columns).problem) return alignedRow(grid, dataRow, columns).values;
  return distinctCells(grid[dataRow] ?? []).slice(-TABLE4_WIDTH).map((cell) => cell.text);
}

function readTable4(grid: HtmlGrid, collector: ReadingCollector): Table4Read | null {
  const last = table4Values(grid);
  if (!last) return null;
  const text = gridText(grid);
  if (text.indexOf('复议后起诉') < text.indexOf('未经复议'))
    collector.problem('表四“复议后起诉”排在“未经复议直接起诉”之前，与格式不同，已按格式的列序读取，请核对');
  const table4: Table4Read = {};
  TABLE4_GROUPS.forEach((group, index) => {
    const slice = last.slice(index * TABLE4_COLUMNS.length, (index + 1) * TABLE4_COLUMNS.length);
    table4[group] = collector.row(`table4.${group}`, TABLE4_COLUMNS, slice);
  });
  return table4;
}

/**
 * A table holding only later rows of table 三: pages converted from Word split a table at a page break
 * into two <table>s, the second without the header (its rows are read by the last-seven-cells rule).
 */
function continuesTable3(text: string): boolean {
  return !text.includes('复议后起诉') && ['结转下年度', '(七)总计', '不予处理', '无法提供', '其他处理'].some((label) => text.includes(label));
}

/**
 * Tables 二, 三 and 四 from the slot grids of any reader (web page, Word, PDF): each table is
 * found by its own labels in the first grid that has them.
 */
export function readReportGrids(grids: readonly HtmlGrid[], collector: ReadingCollector): AnnualReportTables {
  const tables: AnnualReportTables = { table2: null, table2Format: null, table3: null, table4: null };
  for (const grid of grids) {
    const text = gridText(grid);
    if (!tables.table2 && text.includes('第二十条')) Object.assign(tables, readTable2(grid, collector));
    if (!tables.table3 && text.includes('本年新收')) tables.table3 = readTable3(grid, collector);
    else if (tables.table3 && !tables.table4 && continuesTable3(text)) tables.table3 = { ...readTable3(grid, collector), ...tables.table3 };
    if (!tables.table4 && (text.includes('复议后起诉') || text.includes('未经复议'))) tables.table4 = readTable4(grid, collector);
  }
  return tables;
}

/** Reads the report tables of one saved web page (bytes as saved, or already decoded text). */
export function readAnnualReportHtml(page: Uint8Array | string): AnnualReportReading {
  const collector = new ReadingCollector();
  const html = pageText(page, collector);
  if (html === null) return finishReading({ table2: null, table2Format: null, table3: null, table4: null }, collector);
  const grids = readHtmlTables(html);
  const tables = readReportGrids(grids, collector);
  if (grids.length === 0) collector.problem('网页中没有表格；如果报告是纯文本，请按文本读取');
  return finishReading(tables, collector, htmlText(html));
}
