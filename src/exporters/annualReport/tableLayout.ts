/**
 * Tables 二, 三 and 四 of the annual report as grids of cells with their merges, in the national
 * layout of 国办公开办函〔2021〕30号 (regulations.md §2.2–§2.4; the 2019 试行 table 二 of §2.8).
 * HTML, Word and PDF are all drawn from this one layout, so the merged header cells agree.
 */
import {
  TABLE3_COLUMNS,
  TABLE3_NOTE,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  formatOf,
  type Cell,
  type ReportTables,
  type Table2Block,
} from '../../domain/annualReport/index.ts';

/** `head`: a header cell; `label`: a row label; `value`: a figure (blank when the cell is null). */
export interface LayoutCell {
  text: string;
  role: 'head' | 'label' | 'value';
  rowSpan: number;
  colSpan: number;
  blank?: boolean;
}

export interface TableLayout {
  /** Grid columns the rows fill (a merged cell counts its colSpan). */
  columns: number;
  /** Leading rows that repeat on a new page (table 三 and 四 headers). */
  headerRows: number;
  rows: LayoutCell[][];
  /** Relative widths of the grid columns, for Word and PDF (label columns wider than figures). */
  weights: number[];
}

function cell(text: string, role: LayoutCell['role'], colSpan = 1, rowSpan = 1): LayoutCell {
  return { text, role, rowSpan, colSpan };
}

function value(figure: Cell | undefined, colSpan = 1): LayoutCell {
  if (figure === null || figure === undefined) return { ...cell('', 'value', colSpan), blank: true };
  return cell(String(figure), 'value', colSpan);
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

/** Data columns of table 二: every block's columns divide it evenly (2021: 3; 2019: 6). */
function table2Width(blocks: readonly Table2Block[]): number {
  const counts = blocks.flatMap((block) => block.rows.map((row) => row.columns.length));
  return counts.reduce((width, count) => (width * count) / greatestCommonDivisor(width, count), 1);
}

/** Table 二: per block a 第二十条第（X）项 row across the table, a 信息内容 header row, then its rows. */
export function table2Layout(tables: ReportTables): TableLayout {
  const blocks = formatOf(tables.format).table2;
  const width = table2Width(blocks);
  const rows: LayoutCell[][] = [];
  for (const block of blocks) {
    rows.push([cell(block.header, 'head', width + 1)]);
    const columns = block.rows[0]?.columns ?? [];
    const span = width / Math.max(columns.length, 1);
    rows.push([cell('信息内容', 'head'), ...columns.map((column) => cell(column.label, 'head', span))]);
    for (const row of block.rows) {
      const figures = tables.table2[row.key] ?? {};
      rows.push([cell(row.label, 'label'), ...row.columns.map((column) => value(figures[column.key], width / row.columns.length))]);
    }
  }
  return { columns: width + 1, headerRows: 0, rows, weights: [width, ...Array<number>(width).fill(1)] };
}

const RESULTS = '三、本年度办理结果';

/** The three header rows of table 三: the R1 note, 申请人情况, 自然人 / 法人或其他组织 (five) / 总计. */
function table3Header(): LayoutCell[][] {
  const organisations = TABLE3_COLUMNS.filter((column) => column.group);
  const first = TABLE3_COLUMNS[0];
  const last = TABLE3_COLUMNS[TABLE3_COLUMNS.length - 1];
  return [
    [cell(TABLE3_NOTE, 'head', 3, 3), cell('申请人情况', 'head', TABLE3_COLUMNS.length)],
    [cell(first?.label ?? '', 'head', 1, 2), cell(organisations[0]?.group ?? '', 'head', organisations.length), cell(last?.label ?? '', 'head', 1, 2)],
    organisations.map((column) => cell(column.label, 'head')),
  ];
}

/** Table 三: 3 header rows, then 25 rows (2021) or 23 (2019) with 三、本年度办理结果 and （三）… merged down. */
export function table3Layout(tables: ReportTables): TableLayout {
  const formatRows = formatOf(tables.format).table3Rows;
  const resultRows = formatRows.filter((row) => row.group?.startsWith(RESULTS)).length;
  const rows = table3Header();
  let previousGroup: string | undefined;
  for (const row of formatRows) {
    const labels: LayoutCell[] = [];
    if (!row.group) labels.push(cell(row.label, 'label', 3));
    else {
      if (!previousGroup?.startsWith(RESULTS)) labels.push(cell(RESULTS, 'label', 1, resultRows));
      const groupRows = formatRows.filter((other) => other.group === row.group).length;
      // （一）and（二）are one row each: their label spans both label columns, as the format prints it.
      if (row.group === RESULTS || groupRows === 1) labels.push(cell(row.label, 'label', 2));
      else {
        if (row.group !== previousGroup) labels.push(cell(row.group.slice(RESULTS.length), 'label', 1, groupRows));
        labels.push(cell(row.label, 'label'));
      }
    }
    previousGroup = row.group;
    const figures = tables.table3[row.key];
    rows.push([...labels, ...TABLE3_COLUMNS.map((column) => value(figures?.[column.key]))]);
  }
  return { columns: 3 + TABLE3_COLUMNS.length, headerRows: 3, rows, weights: [1.1, 1.8, 5.2, ...TABLE3_COLUMNS.map(() => 1)] };
}

/** 未经复议直接起诉 out of 行政诉讼（未经复议直接起诉）. */
function litigationKind(label: string): string {
  return label.replace(/^行政诉讼（(.*)）$/, '$1');
}

/** Table 四: 行政复议 (five columns merged down) | 行政诉讼 over 未经复议直接起诉 and 复议后起诉, one data row. */
export function table4Layout(tables: ReportTables): TableLayout {
  const [review, ...litigation] = TABLE4_GROUPS;
  const width = TABLE4_COLUMNS.length;
  const leaves = TABLE4_COLUMNS.map((column) => cell(column.label, 'head'));
  const rows: LayoutCell[][] = [
    [cell(review?.label ?? '', 'head', width), cell('行政诉讼', 'head', width * litigation.length)],
    [...TABLE4_COLUMNS.map((column) => cell(column.label, 'head', 1, 2)), ...litigation.map((group) => cell(litigationKind(group.label), 'head', width))],
    litigation.flatMap(() => leaves),
    TABLE4_GROUPS.flatMap((group) => TABLE4_COLUMNS.map((column) => value(tables.table4[group.key]?.[column.key]))),
  ];
  return { columns: width * TABLE4_GROUPS.length, headerRows: 3, rows, weights: Array<number>(width * TABLE4_GROUPS.length).fill(1) };
}

export function reportTableLayouts(tables: ReportTables): { table2: TableLayout; table3: TableLayout; table4: TableLayout } {
  return { table2: table2Layout(tables), table3: table3Layout(tables), table4: table4Layout(tables) };
}
