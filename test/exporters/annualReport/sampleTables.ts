/**
 * Report tables for the exporter tests: every cell a different figure (so a cell read into the
 * wrong slot shows), sums that hold, a few blank cells, a decimal 万元 and a signed 2019 增/减.
 */
import { formatOf, TABLE3_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS, type FormatVersion, type ReportTables, type Table3Cells, type Table4Cells } from '../../../src/domain/annualReport/index.ts';

function table2Of(format: FormatVersion): ReportTables['table2'] {
  let next = 1;
  const table: ReportTables['table2'] = {};
  for (const row of formatOf(format).table2.flatMap((block) => block.rows)) {
    table[row.key] = Object.fromEntries(row.columns.map((column) => [column.key, column.kind === 'decimal' ? 12.5 + next++ : column.kind === 'signed' ? -next++ : next++]));
  }
  return table;
}

function table3Of(format: FormatVersion): Table3Cells {
  const table = {} as Record<string, Record<string, number | null>>;
  formatOf(format).table3Rows.forEach((row, index) => {
    const cells: Record<string, number | null> = {};
    let total = 0;
    for (const [column, { key }] of TABLE3_COLUMNS.entries()) {
      if (key === 'total') continue;
      cells[key] = (index * 3 + column * 5) % 11;
      total += cells[key] ?? 0;
    }
    cells.total = total;
    table[row.key] = cells;
  });
  (table.granted as Record<string, number | null>).research = null;
  return table as Table3Cells;
}

function table4Of(): Table4Cells {
  let next = 0;
  return Object.fromEntries(
    TABLE4_GROUPS.map((group) => [group.key, Object.fromEntries(TABLE4_COLUMNS.map((column) => [column.key, column.key === 'other' && group.key === 'litigationDirect' ? null : next++]))]),
  ) as Table4Cells;
}

export function sampleTables(format: FormatVersion): ReportTables {
  return { agency: '某县医疗保障局', year: 2026, format, table2: table2Of(format), table3: table3Of(format), table4: table4Of() };
}
