import type { ReportCheck } from '../../../app/reports/checkReportFile.ts';
import { formatOf, table3RowName } from '../../../domain/annualReport/cellNames.ts';
import { TABLE3_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS } from '../../../domain/annualReport/format2021.ts';
import type { Cell, Finding, FormatVersion } from '../../../domain/annualReport/tables.ts';

/** One cell as read: its number, or a mark saying the report left it blank or the reader did not find it. */
export interface ReadCell {
  text: string;
  mark: 'blank' | 'unread' | null;
}

export interface ReadTable {
  caption: string;
  header: string[];
  rows: { label: string; cells: ReadCell[] }[];
}

export const FORMAT_LABELS: Record<FormatVersion, string> = {
  '2021': '2021年格式（国办公开办函〔2021〕30号）',
  '2019': '2019年试行格式（国办公开办函〔2019〕60号）',
};

const SEVERITY_LABELS: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };
const SEVERITY_ORDER: Finding['severity'][] = ['error', 'warning', 'info'];

/** Findings errors first, each with its Chinese severity and rule (the message names the cell or sentence). */
export function presentCheckFindings(findings: readonly Finding[]) {
  return [...findings]
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity))
    .map((f) => ({ severity: f.severity, severityLabel: SEVERITY_LABELS[f.severity], rule: f.rule, message: f.message }));
}

export function countSeverities(findings: readonly Finding[]) {
  return { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length };
}

function cellOf(path: string, value: Cell | undefined, blanks: ReadonlySet<string>): ReadCell {
  if (typeof value === 'number') return { text: String(value), mark: null };
  return blanks.has(path) ? { text: '空白', mark: 'blank' } : { text: '未读到', mark: 'unread' };
}

/**
 * Tables 二, 三 and 四 as the checker read them, in the report's own format (format2021.ts / format2019.ts),
 * with blank cells marked 空白 and cells of rows the reader did not find marked 未读到 — never shown as 0.
 */
export function presentReadTables(check: ReportCheck): ReadTable[] {
  if (!check.tables) return [];
  const { tables } = check;
  const blanks = new Set(check.blanks);
  const format = formatOf(tables.format);
  const table2 = format.table2.map((block) => ({
    caption: `表二 ${block.header}`,
    header: ['信息内容', ...block.rows[0]!.columns.map((c) => c.label)],
    rows: block.rows.map((row) => ({
      label: row.label,
      cells: row.columns.map((c) => cellOf(`table2.${row.key}.${c.key}`, tables.table2[row.key]?.[c.key], blanks)),
    })),
  }));
  const table3: ReadTable = {
    caption: '表三 收到和处理政府信息公开申请情况',
    header: ['项目', ...TABLE3_COLUMNS.map((c) => c.label)],
    rows: format.table3Rows.map((row) => ({
      label: table3RowName(row.key, format.table3Rows),
      cells: TABLE3_COLUMNS.map((c) => cellOf(`table3.${row.key}.${c.key}`, tables.table3[row.key]?.[c.key], blanks)),
    })),
  };
  const table4: ReadTable = {
    caption: '表四 政府信息公开行政复议、行政诉讼情况',
    header: ['', ...TABLE4_COLUMNS.map((c) => c.label)],
    rows: TABLE4_GROUPS.map((group) => ({
      label: group.label,
      cells: TABLE4_COLUMNS.map((c) => cellOf(`table4.${group.key}.${c.key}`, tables.table4[group.key]?.[c.key], blanks)),
    })),
  };
  return [...table2, table3, table4];
}
