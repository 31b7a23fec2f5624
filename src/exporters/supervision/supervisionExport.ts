/**
 * The region supervisor's table (issue 11, deliverable 4) as xlsx (one sheet: title, Chinese header, one line per agency,
 * numbers as numbers) or CSV (UTF-8 with BOM), in the order and with the filter the page shows; its column labels are
 * shared with the page. Counts and dates only — the rows carry no applicant (条例第十五条). Pure: bytes out.
 */
import { lastTwelveMonths, type AgencySupervisionRow } from '../../domain/supervision/agencySupervision.ts';
import { exportTableBlocks, type BlockCell, type BlockFormat } from '../annualReport/tableBlocks.ts';

export interface SupervisionColumn {
  header: string;
  value: (row: AgencySupervisionRow) => BlockCell;
}

/** 第N版, or 未发布 when the agency has no published catalog. */
export const catalogVersionLabel = (row: AgencySupervisionRow): string => (row.catalog.versionNumber === null ? '未发布' : `第${row.catalog.versionNumber}版`);

/** 合格 / 不合格, and 单项否决 when one of the veto checks failed (国办秘函〔2019〕19号). */
export const readinessVerdictLabel = (row: AgencySupervisionRow): string => (row.readiness.vetoed ? `${row.readiness.verdict}（单项否决）` : row.readiness.verdict);

export const SUPERVISION_COLUMNS: readonly SupervisionColumn[] = [
  { header: '单位', value: (r) => r.agencyName },
  { header: '所属地区', value: (r) => r.regionNames.join(' / ') },
  { header: '目录版本', value: catalogVersionLabel },
  { header: '目录发布日期', value: (r) => r.catalog.publishedOn },
  { header: '目录事项数', value: (r) => r.catalog.items },
  { header: '目录检查错误', value: (r) => r.catalog.lintErrors },
  { header: '目录检查提示', value: (r) => r.catalog.lintWarnings },
  { header: '空白事项', value: (r) => r.items.blank },
  { header: '迟报事项', value: (r) => r.items.late },
  { header: '久未更新事项', value: (r) => r.items.stale },
  { header: '时限不明确事项', value: (r) => r.items.vague },
  { header: '近12个月公开数', value: (r) => r.documents.lastTwelveMonths },
  { header: '最近公开日期', value: (r) => r.documents.lastPublishedOn },
  { header: '依申请公开年度', value: (r) => r.applications.year },
  { header: '收到申请', value: (r) => r.applications.received },
  { header: '已办结', value: (r) => r.applications.answered },
  { header: '按期办结', value: (r) => r.applications.answeredOnTime },
  { header: '办理中', value: (r) => r.applications.open },
  { header: '逾期未办结', value: (r) => r.applications.overdue },
  { header: '平均答复用时（工作日）', value: (r) => r.applications.meanAnswerWorkingDays },
  { header: '上年度年报', value: (r) => `${r.annualReport.year}年度：${r.annualReport.label}` },
  { header: '年报发布日期', value: (r) => r.annualReport.publishedOn },
  { header: '检查准备得分', value: (r) => r.readiness.score },
  { header: '检查准备结论', value: readinessVerdictLabel },
  { header: '单项否决项', value: (r) => r.readiness.vetoes.join('；') },
  { header: '数据日期', value: (r) => r.asOf },
];

export const SUPERVISION_HEADER = SUPERVISION_COLUMNS.map((c) => c.header);

export function supervisionCells(row: AgencySupervisionRow): BlockCell[] {
  return SUPERVISION_COLUMNS.map((c) => c.value(row));
}

export const SUPERVISION_SHEET = '各单位政务公开情况';

export interface SupervisionExport {
  /** e.g. 中卫市各单位政务公开情况（截至2026-12-07） */
  title: string;
  rows: readonly AgencySupervisionRow[];
}

export const MONTHS_SHEET = '每月公开数';

/**
 * Documents published per month by each agency: the twelve months ending with the newest line's date (a line computed
 * on an earlier day leaves the months it does not cover blank, never 0).
 */
export function monthlyDocumentsBlock(rows: readonly AgencySupervisionRow[]): { header: string[]; rows: BlockCell[][] } {
  const newest = rows.reduce((max, row) => (row.asOf > max ? row.asOf : max), '');
  const months = newest ? lastTwelveMonths(newest) : [];
  return {
    header: ['单位', ...months.map((m) => `${Number(m.slice(0, 4))}年${Number(m.slice(5))}月`)],
    rows: rows.map((row) => {
      const counts = new Map(row.months.map((m) => [m.month, m.documents]));
      return [row.agencyName, ...months.map((m) => counts.get(m) ?? null)];
    }),
  };
}

export function exportSupervision(input: SupervisionExport, format: BlockFormat): Promise<Uint8Array> {
  return exportTableBlocks([
    { sheet: SUPERVISION_SHEET, title: input.title, header: SUPERVISION_HEADER, rows: input.rows.map(supervisionCells) },
    { sheet: MONTHS_SHEET, title: `${input.title}：每月公开政府信息数`, ...monthlyDocumentsBlock(input.rows) },
  ], format);
}
