/**
 * The table 二 figures Gongkai cannot count (regulations.md §2.2, blocks （五）（六）（八） of the 2021 format):
 * 行政许可/行政处罚/行政强制 处理决定数量 (whole numbers) and 行政事业性收费 金额 in 万元 (up to 4 decimals,
 * i.e. to the yuan), each entered per agency and year with where it came from (e.g. 「政务服务平台统计」).
 */
import type { LocalDate } from '../shared/clock.ts';
import { ValidationError, type FieldIssue } from '../shared/errors.ts';
import { REPORT_COUNT_KEYS, REPORT_COUNT_LABELS, type LegalDocumentFact, type ReportCountKey } from './table2.ts';

/** One figure as entered: null removes it, so table 二 shows the cell blank again. */
export interface ReportFigureEntry {
  value: number | null;
  source: string | null;
}

export type ReportFiguresInput = Record<ReportCountKey, ReportFigureEntry>;

/** Form field of a figure's source. */
export const sourceField = (key: ReportCountKey) => `${key}Source`;

export const MAX_FIGURE = 100_000_000;
const SOURCE_MAX = 100;
const WHOLE = /^\d+$/;
const AMOUNT = /^\d+(\.\d{1,4})?$/;

/** Full-width digits and points (“１２．５”) are read as typed; spaces around are dropped. */
const normalised = (raw: unknown) => (typeof raw === 'string' ? raw.normalize('NFKC').trim() : typeof raw === 'number' ? String(raw) : '');

function parseValue(key: ReportCountKey, text: string, issues: FieldIssue[]): number | null {
  if (text === '') return null;
  const label = REPORT_COUNT_LABELS[key];
  const ok = key === 'fees' ? AMOUNT.test(text) : WHOLE.test(text);
  const value = Number(text);
  if (!ok || !Number.isFinite(value)) {
    issues.push({ path: key, message: key === 'fees' ? `${label}应为不小于0的数，单位万元，最多4位小数（如 12.3456）` : `${label}应为不小于0的整数（件），不用千位分隔符` });
    return null;
  }
  if (value > MAX_FIGURE) issues.push({ path: key, message: `${label}过大，请核对` });
  return value;
}

/** Validate the four figures and their sources at once; every bad field gets its own Chinese message. */
export function parseReportFigures(raw: Record<string, unknown>): ReportFiguresInput {
  const issues: FieldIssue[] = [];
  const entries = REPORT_COUNT_KEYS.map((key) => {
    const value = parseValue(key, normalised(raw[key]), issues);
    const source = normalised(raw[sourceField(key)]) || null;
    if (source && source.length > SOURCE_MAX) issues.push({ path: sourceField(key), message: `来源不能超过${SOURCE_MAX}字` });
    if (value !== null && !source) issues.push({ path: sourceField(key), message: `请填写${REPORT_COUNT_LABELS[key]}的来源，如「政务服务平台统计」` });
    return [key, { value, source: value === null ? null : source }] as const;
  });
  if (issues.length) throw new ValidationError('年报数据有误，请按提示修改，未保存任何数据', issues);
  return Object.fromEntries(entries) as ReportFiguresInput;
}

/** A report year: the format exists from 2008 (条例 2007) and Gongkai's calendar to 2099. */
export function assertReportYear(year: number): void {
  if (!Number.isInteger(year) || year < 2008 || year > 2099) throw new ValidationError(`年度“${year}”无效：应为 2008 至 2099 之间的年份`);
}

/** Whether a document enters table 二 of `year`: issued by 31 December and not repealed before 1 January. */
export function feedsTable2(doc: Pick<LegalDocumentFact, 'issuedOn' | 'repealedOn'>, year: number): boolean {
  const first: LocalDate = `${year}-01-01`;
  const last: LocalDate = `${year}-12-31`;
  return doc.issuedOn <= last && (doc.repealedOn === null || doc.repealedOn >= first);
}
