import type { AgencyReportLine, RegionReportOverview } from '../../../app/reports/regionReportOverview.ts';
import { table3RowName } from '../../../domain/annualReport/cellNames.ts';
import { TABLE3_COLUMNS, TABLE3_ROWS_2021, TABLE4_COLUMNS, TABLE4_GROUPS } from '../../../domain/annualReport/format2021.ts';
import type { TableBlock } from '../../../exporters/annualReport/tableBlocks.ts';

/** A report's workflow status in Chinese; a status this page does not know is shown as 编制中, never by its key. */
const STATUS_LABELS: Record<string, string> = {
  draft: '草稿', submitted: '待复核', reviewed: '待审签', approved: '已审签', returned: '已退回', published: '已发布', imported: '已导入（往年报告）',
};

export function reportStatusLabel(line: Pick<AgencyReportLine, 'status'>): string {
  if (line.status === null) return '未编制';
  return STATUS_LABELS[line.status] ?? '编制中';
}

export function tablesSourceLabel(line: Pick<AgencyReportLine, 'tablesSource' | 'tablesProblem'>): string {
  if (line.tablesSource === 'stored') return '已存报告';
  if (line.tablesSource === 'computed') return '按现有数据计算';
  return `无法计算：${line.tablesProblem ?? ''}`;
}

/** The columns the agency table may be sorted by (?sort=…); agency name is the default. */
export const REGION_SORTS = {
  agency: '单位',
  status: '年报状态',
  published: '发布日期',
  timeliness: '是否按时',
  errors: '错误',
  warnings: '警告',
} as const;
export type RegionSort = keyof typeof REGION_SORTS;

export function parseRegionSort(value: unknown): RegionSort {
  return typeof value === 'string' && Object.hasOwn(REGION_SORTS, value) ? (value as RegionSort) : 'agency';
}

const TIMELINESS_ORDER = ['overdue', 'late', 'undated', 'notDue', 'onTime'];
const byName = (a: AgencyReportLine, b: AgencyReportLine) => a.agencyName.localeCompare(b.agencyName, 'zh-CN');
/** Most in need of attention first: overdue before on time, more errors first; ties by agency name. */
const COMPARE: Record<RegionSort, (a: AgencyReportLine, b: AgencyReportLine) => number> = {
  agency: () => 0,
  status: (a, b) => reportStatusLabel(a).localeCompare(reportStatusLabel(b), 'zh-CN'),
  published: (a, b) => (a.publishedOn ?? '9999').localeCompare(b.publishedOn ?? '9999'),
  timeliness: (a, b) => TIMELINESS_ORDER.indexOf(a.timeliness) - TIMELINESS_ORDER.indexOf(b.timeliness),
  errors: (a, b) => (b.errors ?? -1) - (a.errors ?? -1),
  warnings: (a, b) => (b.warnings ?? -1) - (a.warnings ?? -1),
};

export function sortLines(lines: readonly AgencyReportLine[], sort: RegionSort): AgencyReportLine[] {
  return [...lines].sort((a, b) => COMPARE[sort](a, b) || byName(a, b));
}

export const AGENCY_HEADER = ['单位', '年报状态', '发布日期', '是否按时', '错误', '警告', '表三、表四数据来源'] as const;

export function agencyRow(line: AgencyReportLine): (string | number | null)[] {
  const checked = line.errors === null ? '未检查' : null;
  return [line.agencyName, reportStatusLabel(line), line.publishedOn ?? '', line.timelinessLabel, line.errors ?? checked, line.warnings ?? checked, tablesSourceLabel(line)];
}

export const TABLE3_HEADER = ['项目', ...TABLE3_COLUMNS.map((c) => c.label)];
export const TABLE4_HEADER = ['', ...TABLE4_COLUMNS.map((c) => c.label)];

/** The summed table 三 with the format's row labels (国办公开办函〔2021〕30号), e.g. （三）不予公开1.属于国家秘密. */
export function table3Rows(overview: RegionReportOverview): (string | number)[][] {
  return TABLE3_ROWS_2021.map((row) => [table3RowName(row.key), ...TABLE3_COLUMNS.map((c) => overview.sums.table3[row.key][c.key])]);
}

export function table4Rows(overview: RegionReportOverview): (string | number)[][] {
  return TABLE4_GROUPS.map((group) => [group.label, ...TABLE4_COLUMNS.map((c) => overview.sums.table4[group.key][c.key])]);
}

/** The page's three tables for the xlsx/CSV download, in the page's order and with its headers. */
export function overviewBlocks(overview: RegionReportOverview, sort: RegionSort): TableBlock[] {
  const scope = `${overview.region.name}${overview.year}年度`;
  return [
    { sheet: '各单位年报情况', title: `${scope}政府信息公开工作年度报告情况（截至${overview.today}）`, header: AGENCY_HEADER, rows: sortLines(overview.agencies, sort).map(agencyRow) },
    { sheet: '表三合计', title: `${scope}收到和处理政府信息公开申请情况（各单位合计）`, header: TABLE3_HEADER, rows: table3Rows(overview) },
    { sheet: '表四合计', title: `${scope}政府信息公开行政复议、行政诉讼情况（各单位合计）`, header: TABLE4_HEADER, rows: table4Rows(overview) },
  ];
}

export function regionReportsHref(query: { region: string; year: number; sort?: RegionSort }, path = '/admin/region-reports'): string {
  const params = new URLSearchParams({ region: query.region, year: String(query.year) });
  if (query.sort && query.sort !== 'agency') params.set('sort', query.sort);
  return `${path}?${params.toString()}`;
}
