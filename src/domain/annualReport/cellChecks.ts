/**
 * R5 of regulations.md §2.5: every cell is a non-negative integer (表二 收费金额 may be a decimal in
 * 万元; the 2019 试行 本年增/减 may be negative). A blank cell (null) is reported as blank, never read as 0; the sums that need it are skipped.
 */
import { formatOf, table2CellName, table3CellName, table4CellName } from './cellNames.ts';
import { TABLE3_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS, type Table2Column } from './format2021.ts';
import type { Cell, Finding, ReportTables } from './tables.ts';

function cellProblem(value: Cell | undefined, kind: Table2Column['kind']): string | null {
  if (value === null || value === undefined) return '为空（没有数字时应填写0）';
  if (!Number.isFinite(value)) return `不是数字（${value}）`;
  if (value < 0 && kind !== 'signed') return `不是非负数（${value}）`;
  if (kind !== 'decimal' && !Number.isInteger(value)) return `不是整数（${value}）`;
  return null;
}

function r5(where: string, name: string, value: Cell | undefined, kind?: Table2Column['kind']): Finding[] {
  const problem = cellProblem(value, kind);
  return problem ? [{ rule: 'R5', severity: 'error', where, message: `${name}${problem}` }] : [];
}

export function checkCells(tables: ReportTables): Finding[] {
  const format = formatOf(tables.format);
  const findings: Finding[] = [];
  for (const row of format.table2.flatMap((block) => block.rows)) {
    for (const column of row.columns) {
      const where = `table2.${row.key}.${column.key}`;
      findings.push(...r5(where, table2CellName(row.key, column.key, format.table2), tables.table2[row.key]?.[column.key], column.kind));
    }
  }
  for (const row of format.table3Rows) {
    for (const { key: column } of TABLE3_COLUMNS) {
      const where = `table3.${row.key}.${column}`;
      findings.push(...r5(where, table3CellName(row.key, column, format.table3Rows), tables.table3[row.key]?.[column]));
    }
  }
  for (const { key: group } of TABLE4_GROUPS) {
    for (const { key: column } of TABLE4_COLUMNS) {
      findings.push(...r5(`table4.${group}.${column}`, table4CellName(group, column), tables.table4[group]?.[column]));
    }
  }
  return findings;
}

/** A number usable in a sum: a non-negative finite value; anything else was already reported by R5. */
export function usable(value: Cell | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** The sum of cells, or null when one of them is not usable. */
export function sumOf(values: readonly (Cell | undefined)[]): number | null {
  let sum = 0;
  for (const value of values) {
    if (!usable(value)) return null;
    sum += value;
  }
  return sum;
}
