/**
 * A reading of a published report (reading.ts) in the domain's shape (applications-contract.md §4):
 * every cell of the format present, a cell the page left blank or the reader did not find is null.
 * Cells not found at all are listed, so that the checker reports the missing row once, as a reading
 * problem, instead of one R5 finding per cell.
 */
import { formatOf, table3RowName } from '../../domain/annualReport/cellNames.ts';
import { TABLE3_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS } from '../../domain/annualReport/format2021.ts';
import type { Cell, FormatVersion, ReportTables, Table3Cells, Table4Cells } from '../../domain/annualReport/tables.ts';
import type { AnnualReportTables, CellValue } from './reading.ts';

export interface TablesOfReading {
  tables: ReportTables;
  /** Cell paths (`table3.granted.total`) of rows the reader did not find in a table it found. */
  unread: Set<string>;
  /** One Chinese line per missing row. */
  problems: string[];
}

type Rows = Partial<Record<string, Partial<Record<string, CellValue>>>> | null;

/** Copies the rows of one table; a missing row becomes nulls, listed in `unread` and named in `problems`. */
function copyRows(
  table: string,
  read: Rows,
  rows: readonly { key: string; name: string; columns: readonly string[] }[],
  out: TablesOfReading,
): Record<string, Record<string, Cell>> {
  const cells: Record<string, Record<string, Cell>> = {};
  for (const row of rows) {
    const found = read?.[row.key];
    cells[row.key] = Object.fromEntries(row.columns.map((column) => [column, found?.[column] ?? null]));
    if (found || !read) continue;
    row.columns.forEach((column) => out.unread.add(`${table}.${row.key}.${column}`));
    out.problems.push(`${row.name}：未读到这一行（表格缺行或行名与格式不同），本行不作核对`);
  }
  return cells;
}

/**
 * The tables of a reading in the given format. Tables the reader did not find are left all null and
 * every one of their cells is `unread` (the reading already says the table was not found).
 */
export function reportTablesOf(read: AnnualReportTables, format: FormatVersion): TablesOfReading {
  const out: TablesOfReading = { tables: { format, table2: {}, table3: {} as Table3Cells, table4: {} as Table4Cells }, unread: new Set(), problems: [] };
  const { table2, table3Rows } = formatOf(format);
  const table2Rows = table2
    .flatMap((block) => block.rows)
    .map((row) => ({ key: row.key, name: `表二“${row.label}”`, columns: row.columns.map((column) => column.key) }));
  const table3Columns = TABLE3_COLUMNS.map((column) => column.key);
  const rows3 = table3Rows.map((row) => ({ key: row.key, name: `表三“${table3RowName(row.key, table3Rows)}”`, columns: table3Columns }));
  const rows4 = TABLE4_GROUPS.map((group) => ({ key: group.key, name: `表四“${group.label}”`, columns: TABLE4_COLUMNS.map((column) => column.key) }));
  out.tables.table2 = copyRows('table2', read.table2Format === format ? read.table2 : null, table2Rows, out);
  out.tables.table3 = copyRows('table3', read.table3, rows3, out) as Table3Cells;
  out.tables.table4 = copyRows('table4', read.table4, rows4, out) as Table4Cells;
  markUnreadTables(read, format, out);
  return out;
}

function markUnreadTables(read: AnnualReportTables, format: FormatVersion, out: TablesOfReading): void {
  const missing = [
    ['table2', read.table2 === null || read.table2Format !== format],
    ['table3', read.table3 === null],
    ['table4', read.table4 === null],
  ] as const;
  for (const [table, isMissing] of missing) {
    if (!isMissing) continue;
    for (const [row, columns] of Object.entries(out.tables[table])) {
      for (const column of Object.keys(columns)) out.unread.add(`${table}.${row}.${column}`);
    }
  }
}
