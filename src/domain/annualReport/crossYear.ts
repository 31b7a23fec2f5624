/**
 * R7 of regulations.md §2.5 (practice, not a printed rule): this year's 二、上年结转 equals last
 * year's 四、结转下年度继续办理, column by column.
 */
import { table3ColumnName } from './cellNames.ts';
import { sumOf } from './cellChecks.ts';
import { TABLE3_COLUMNS } from './format2021.ts';
import type { Finding, ReportTables } from './tables.ts';

export function checkCrossYear(tables: ReportTables, lastYear: ReportTables): Finding[] {
  return TABLE3_COLUMNS.flatMap(({ key: c }) => {
    const carriedOver = tables.table3.carriedOver?.[c];
    const carriedForward = lastYear.table3.carriedForward?.[c];
    if (sumOf([carriedOver, carriedForward]) === null || carriedOver === carriedForward) return [];
    const message = `表三“二、上年结转政府信息公开申请数量”行“${table3ColumnName(c)}”列为${carriedOver}，但上一年度报告“四、结转下年度继续办理”为${carriedForward}，两者应相等`;
    return [{ rule: 'R7', severity: 'error', where: `table3.carriedOver.${c}`, message } satisfies Finding];
  });
}
