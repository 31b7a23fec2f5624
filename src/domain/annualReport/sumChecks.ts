/**
 * R1–R4, R6 and R7 of regulations.md §2.5: the sums of tables 三 and 四, and of 三 across two years.
 * R1 is printed in table 三 itself (TABLE3_NOTE); R2–R4 follow from the layout; R6 is the counting
 * rule in the （二） row label.
 */
import { OUTCOME_KEYS } from '../applications/vocabulary.ts';
import { formatOf, table3CellName, table3ColumnName, table4CellName } from './cellNames.ts';
import { TABLE3_COLUMNS, TABLE4_GROUPS } from './format2021.ts';
import { sumOf } from './cellChecks.ts';
import type { Finding, ReportTables } from './tables.ts';

const SIX_APPLICANT_COLUMNS = TABLE3_COLUMNS.filter((column) => column.key !== 'total').map((column) => column.key);

function outcomeKeysOf(tables: ReportTables) {
  const rows = new Set(formatOf(tables.format).table3Rows.map((row) => row.key));
  return OUTCOME_KEYS.filter((key) => rows.has(key));
}

/** R1: 一 + 二 = 三（七）总计 + 四, for every column. */
function r1(tables: ReportTables): Finding[] {
  const t = tables.table3;
  return TABLE3_COLUMNS.flatMap(({ key: c }) => {
    const income = sumOf([t.newReceived?.[c], t.carriedOver?.[c]]);
    const outgo = sumOf([t.total?.[c], t.carriedForward?.[c]]);
    if (income === null || outgo === null || income === outgo) return [];
    const message = `表三“${table3ColumnName(c)}”列：第一项加第二项之和为${income}，第三项（七）总计加第四项之和为${outgo}，两者应相等`;
    return [{ rule: 'R1', severity: 'error', where: `table3.total.${c}`, message } satisfies Finding];
  });
}

/** R2: （七）总计 = the sum of the result rows （一）…（六）, for every column. */
function r2(tables: ReportTables): Finding[] {
  const keys = outcomeKeysOf(tables);
  return TABLE3_COLUMNS.flatMap(({ key: c }) => {
    const sum = sumOf(keys.map((key) => tables.table3[key]?.[c]));
    const total = tables.table3.total?.[c];
    if (sum === null || sumOf([total]) === null || sum === total) return [];
    const message = `${table3CellName('total', c)}为${total}，但（一）至（六）各项之和为${sum}`;
    return [{ rule: 'R2', severity: 'error', where: `table3.total.${c}`, message } satisfies Finding];
  });
}

/** R3: 总计 = 自然人 + the five 法人或其他组织 columns, for every row. */
function r3(tables: ReportTables): Finding[] {
  const rows = formatOf(tables.format).table3Rows;
  return rows.flatMap(({ key: r }) => {
    const sum = sumOf(SIX_APPLICANT_COLUMNS.map((c) => tables.table3[r]?.[c]));
    const total = tables.table3[r]?.total;
    if (sum === null || sumOf([total]) === null || sum === total) return [];
    const message = `${table3CellName(r, 'total', rows)}为${total}，但自然人与法人或其他组织各列之和为${sum}`;
    return [{ rule: 'R3', severity: 'error', where: `table3.${r}.total`, message } satisfies Finding];
  });
}

/** R4: in each group of table 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
function r4(tables: ReportTables): Finding[] {
  return TABLE4_GROUPS.flatMap(({ key: g }) => {
    const cells = tables.table4[g];
    const sum = sumOf([cells?.upheld, cells?.corrected, cells?.other, cells?.pending]);
    if (sum === null || sumOf([cells?.total]) === null || sum === cells?.total) return [];
    const message = `${table4CellName(g, 'total')}为${cells?.total}，但结果维持、结果纠正、其他结果、尚未审结之和为${sum}`;
    return [{ rule: 'R4', severity: 'error', where: `table4.${g}.total`, message } satisfies Finding];
  });
}

/**
 * R6: an application handled by 区分处理 counts only under （二）部分公开. When the result rows hold
 * more applications than were handled (一 + 二 − 四) and （二） could explain the excess, some were
 * probably counted twice.
 */
function r6(tables: ReportTables): Finding[] {
  const t = tables.table3;
  const keys = outcomeKeysOf(tables);
  return TABLE3_COLUMNS.flatMap(({ key: c }) => {
    const results = sumOf(keys.map((key) => t[key]?.[c]));
    const handled = sumOf([t.newReceived?.[c], t.carriedOver?.[c]]);
    const forward = sumOf([t.carriedForward?.[c]]);
    const partial = t.partial?.[c];
    if (results === null || handled === null || forward === null || sumOf([partial]) === null) return [];
    const excess = results - (handled - forward);
    if (excess <= 0 || (partial ?? 0) < excess) return [];
    const message = `表三“${table3ColumnName(c)}”列：办理结果各项之和比办结的申请多${excess}件，而“（二）部分公开”有${partial}件——区分处理的申请只计部分公开，不应再计入其他情形`;
    return [{ rule: 'R6', severity: 'warning', where: `table3.partial.${c}`, message } satisfies Finding];
  });
}

export function checkSums(tables: ReportTables): Finding[] {
  return [...r1(tables), ...r2(tables), ...r3(tables), ...r4(tables), ...r6(tables)];
}

/**
 * R7 of regulations.md §2.5 (practice, not a printed rule): this year's 二、上年结转 equals last
 * year's 四、结转下年度继续办理, column by column.
 */
export function checkCrossYear(tables: ReportTables, lastYear: ReportTables): Finding[] {
  return TABLE3_COLUMNS.flatMap(({ key: c }) => {
    const carriedOver = tables.table3.carriedOver?.[c];
    const carriedForward = lastYear.table3.carriedForward?.[c];
    if (sumOf([carriedOver, carriedForward]) === null || carriedOver === carriedForward) return [];
    const message = `表三“二、上年结转政府信息公开申请数量”行“${table3ColumnName(c)}”列为${carriedOver}，但上一年度报告“四、结转下年度继续办理”为${carriedForward}，两者应相等`;
    return [{ rule: 'R7', severity: 'error', where: `table3.carriedOver.${c}`, message } satisfies Finding];
  });
}
