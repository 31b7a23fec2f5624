/**
 * A region's tables 三 and 四 (issue 10, region view): the cell-by-cell sum of its agencies' reports.
 * A blank cell of an imported report (null) adds nothing and is counted, so the sum never passes
 * a blank off as 0 (regulations.md §2.5: blanks are reported, never read as 0).
 */
import { TABLE3_ROW_KEYS, type Table3RowKey } from '../applications/table3.ts';
import { TABLE3_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS, type Table3Column, type Table4Column, type Table4Group } from './format2021.ts';
import type { Cell, ReportTables } from './tables.ts';

export type SummedTable3 = Record<Table3RowKey, Record<Table3Column, number>>;
export type SummedTable4 = Record<Table4Group, Record<Table4Column, number>>;

export interface RegionSums {
  table3: SummedTable3;
  table4: SummedTable4;
  /** How many agencies' tables went into the sum. */
  reports: number;
  /** Blank cells (null) met on the way: they added nothing. */
  blankCells: number;
}

function zeroRows<R extends string, C extends string>(rows: readonly R[], columns: readonly C[]): Record<R, Record<C, number>> {
  return Object.fromEntries(rows.map((row) => [row, Object.fromEntries(columns.map((column) => [column, 0]))])) as Record<R, Record<C, number>>;
}

const TABLE3_COLUMN_KEYS = TABLE3_COLUMNS.map((column) => column.key);
const TABLE4_COLUMN_KEYS = TABLE4_COLUMNS.map((column) => column.key);
const TABLE4_GROUP_KEYS = TABLE4_GROUPS.map((group) => group.key);

/** Adds `source` into `target` cell by cell; a row missing from the source counts its cells as blank. */
function addRows<R extends string, C extends string>(
  target: Record<R, Record<C, number>>,
  source: Partial<Record<R, Partial<Record<C, Cell>>>> | undefined,
  rows: readonly R[],
  columns: readonly C[],
): number {
  let blanks = 0;
  for (const row of rows) {
    for (const column of columns) {
      const cell = source?.[row]?.[column];
      if (typeof cell === 'number') target[row][column] += cell;
      else blanks += 1;
    }
  }
  return blanks;
}

/**
 * Sums tables 三 and 四 of the given reports. A 2019 试行 report has no 逾期不补正 / 未按收费通知要求缴纳费用
 * rows (its （六）其他处理 is kept as `other.other`, format2019.ts): those two rows are not blanks there.
 */
export function sumRegionTables(reports: readonly Pick<ReportTables, 'format' | 'table3' | 'table4'>[]): RegionSums {
  const sums: RegionSums = {
    table3: zeroRows(TABLE3_ROW_KEYS, TABLE3_COLUMN_KEYS),
    table4: zeroRows(TABLE4_GROUP_KEYS, TABLE4_COLUMN_KEYS),
    reports: reports.length,
    blankCells: 0,
  };
  for (const report of reports) {
    const rows = report.format === '2019' ? TABLE3_ROW_KEYS.filter((key) => key !== 'other.noCorrection' && key !== 'other.feeUnpaid') : TABLE3_ROW_KEYS;
    sums.blankCells += addRows(sums.table3, report.table3, rows, TABLE3_COLUMN_KEYS);
    sums.blankCells += addRows(sums.table4, report.table4, TABLE4_GROUP_KEYS, TABLE4_COLUMN_KEYS);
  }
  return sums;
}
