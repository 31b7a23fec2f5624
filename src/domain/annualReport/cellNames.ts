/** The Chinese names of cells that findings cite, and the format data of each version. */
import type { Table3RowKey } from '../applications/table3.ts';
import { TABLE2_2019, TABLE3_ROWS_2019 } from './format2019.ts';
import {
  TABLE2_2021,
  TABLE3_COLUMNS,
  TABLE3_ROWS_2021,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  type Table2Block,
  type Table3Column,
  type Table3RowFormat,
  type Table4Column,
  type Table4Group,
} from './format2021.ts';
import type { FormatVersion } from './tables.ts';

export interface ReportFormat {
  table2: readonly Table2Block[];
  table3Rows: readonly Table3RowFormat[];
}

export function formatOf(version: FormatVersion): ReportFormat {
  return version === '2019' ? { table2: TABLE2_2019, table3Rows: TABLE3_ROWS_2019 } : { table2: TABLE2_2021, table3Rows: TABLE3_ROWS_2021 };
}

function labelOf<K>(list: readonly { key: K; label: string }[], key: K): string {
  return list.find((entry) => entry.key === key)?.label ?? String(key);
}

export function table3RowName(row: Table3RowKey, rows: readonly Table3RowFormat[] = TABLE3_ROWS_2021): string {
  const format = rows.find((entry) => entry.key === row);
  if (!format) return String(row);
  const group = format.group?.replace('三、本年度办理结果', '') ?? '';
  // （二）部分公开's label already starts with its group: not 「（二）部分公开（二）部分公开（区分处理的…）」.
  return format.label.startsWith(group) ? format.label : `${group}${format.label}`;
}

export function table3ColumnName(column: Table3Column): string {
  return labelOf(TABLE3_COLUMNS, column);
}

/** 表三“一、本年新收政府信息公开申请数量”行“自然人”列 */
export function table3CellName(row: Table3RowKey, column: Table3Column, rows?: readonly Table3RowFormat[]): string {
  return `表三“${table3RowName(row, rows)}”行“${table3ColumnName(column)}”列`;
}

/** 表四“行政复议”的“总计” */
export function table4CellName(group: Table4Group, column: Table4Column): string {
  return `表四“${labelOf(TABLE4_GROUPS, group)}”的“${labelOf(TABLE4_COLUMNS, column)}”`;
}

/** 表二“行政规范性文件”的“本年制发件数” */
export function table2CellName(row: string, column: string, blocks: readonly Table2Block[] = TABLE2_2021): string {
  const format = blocks.flatMap((block) => block.rows).find((entry) => entry.key === row);
  return `表二“${format?.label ?? row}”的“${format ? labelOf(format.columns, column) : column}”`;
}
