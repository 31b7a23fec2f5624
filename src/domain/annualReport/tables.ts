/**
 * The annual report's tables as read or computed, in the shape of applications-contract.md §4.
 * A blank cell of an imported report is null: it is reported as blank, never read as 0.
 */
import type { Table3RowKey } from '../applications/table3.ts';
import type { Table3Column, Table4Column, Table4Group } from './format2021.ts';

export type Cell = number | null;

/** Table 二 by row key then column key (2021: `regulations.issued` …; 2019 keys in format2019.ts). */
export type Table2Cells = Record<string, Record<string, Cell>>;
export type Table3Cells = Record<Table3RowKey, Record<Table3Column, Cell>>;
export type Table4Cells = Record<Table4Group, Record<Table4Column, Cell>>;

export type FormatVersion = '2021' | '2019';

export interface ReportTables {
  agency?: string;
  year?: number;
  format: FormatVersion;
  table2: Table2Cells;
  table3: Table3Cells;
  table4: Table4Cells;
}

/** One checker finding (applications-contract.md §5); `where` is a cell path like `table3.total.naturalPerson`. */
export interface Finding {
  rule: 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9' | 'R10';
  severity: 'error' | 'warning' | 'info';
  where: string;
  message: string;
}
