/**
 * A 行政复议 or 行政诉讼 case about disclosure (table 四 of the 年报, regulations.md §2.4; 条例第五十一条 gives
 * the applicant both remedies): its kind, 案号, filing and decision dates, result and 复议机关/法院, and the
 * 受理编号 of the application it arose from. The table counts by kind and result (table4.ts).
 */
import { isLocalDate } from '../calendar/localDate.ts';
import type { LocalDate } from '../shared/clock.ts';
import { ValidationError, type FieldIssue } from '../shared/errors.ts';
import type { Table4Group } from './format2021.ts';
import { REVIEW_CASE_KINDS, REVIEW_RESULTS, type ReviewResult } from './table4.ts';

export interface ReviewCaseInput {
  kind: Table4Group;
  /** 案号, e.g. 卫政复〔2026〕3号 or （2026）宁0502行初12号 */
  caseNumber: string | null;
  filedOn: LocalDate;
  /** null exactly while the case is pending (尚未审结). */
  decidedOn: LocalDate | null;
  result: ReviewResult;
  /** 复议机关 or 法院 */
  body: string | null;
  /** 受理编号 of the application the case arose from, if any (resolved to the application by the use case). */
  applicationTrackingNo: string | null;
  summary: string | null;
}

/** Form fields of a case, in form order. */
export const REVIEW_CASE_FIELDS = ['kind', 'caseNumber', 'filedOn', 'decidedOn', 'result', 'body', 'applicationTrackingNo', 'summary'] as const;

const LIMITS = { caseNumber: 100, body: 100, applicationTrackingNo: 40, summary: 500 } as const;

// eslint-disable-next-line no-control-regex -- control characters never belong in a register
const text = (raw: unknown) => (typeof raw === 'string' ? raw.replace(/[\u0000-\u001f\u007f]/g, ' ').trim() : '');
const oneOf = <T extends string>(values: readonly T[], raw: string): T | null => (values.includes(raw as T) ? (raw as T) : null);

function optionalText(raw: Record<string, unknown>, field: keyof typeof LIMITS, label: string, issues: FieldIssue[]): string | null {
  const value = text(raw[field]);
  if (value.length > LIMITS[field]) issues.push({ path: field, message: `${label}不能超过${LIMITS[field]}字` });
  return value || null;
}

function date(raw: unknown, field: string, label: string, issues: FieldIssue[]): LocalDate | null {
  const value = text(raw);
  if (value === '') return null;
  if (!isLocalDate(value)) issues.push({ path: field, message: `${label}应为有效日期，格式 YYYY-MM-DD，如 2026-03-02` });
  return isLocalDate(value) ? value : null;
}

/**
 * Validate a case as typed. Rules: a known kind and result; 申请/起诉日期 required; a pending case has no
 * decision date and a decided one must have it (table 四 counts a case as 尚未审结 until then); the decision
 * is not before the filing. Every bad field gets its own Chinese message.
 */
export function parseReviewCase(raw: Record<string, unknown>): ReviewCaseInput {
  const issues: FieldIssue[] = [];
  const kind = oneOf(REVIEW_CASE_KINDS, text(raw.kind));
  if (!kind) issues.push({ path: 'kind', message: '请选择案件类型：行政复议、未经复议直接起诉或复议后起诉' });
  const result = oneOf(REVIEW_RESULTS, text(raw.result));
  if (!result) issues.push({ path: 'result', message: '请选择结果：维持、纠正、其他结果或尚未审结' });
  const filedOn = date(raw.filedOn, 'filedOn', '申请（起诉）日期', issues);
  if (!filedOn && text(raw.filedOn) === '') issues.push({ path: 'filedOn', message: '请填写申请复议或起诉的日期' });
  const decidedOn = date(raw.decidedOn, 'decidedOn', '决定（判决）日期', issues);
  const decidedTyped = text(raw.decidedOn) !== '';
  if (result === 'pending' && decidedTyped) issues.push({ path: 'decidedOn', message: '尚未审结的案件不应填写决定（判决）日期' });
  if (result && result !== 'pending' && !decidedTyped) issues.push({ path: 'decidedOn', message: '已审结的案件请填写决定（判决）日期' });
  if (filedOn && decidedOn && decidedOn < filedOn) issues.push({ path: 'decidedOn', message: '决定（判决）日期不能早于申请（起诉）日期' });
  const value = {
    kind: kind!, result: result!, filedOn: filedOn!, decidedOn,
    caseNumber: optionalText(raw, 'caseNumber', '案号', issues),
    body: optionalText(raw, 'body', '复议机关或法院', issues),
    applicationTrackingNo: optionalText(raw, 'applicationTrackingNo', '受理编号', issues),
    summary: optionalText(raw, 'summary', '案情摘要', issues),
  };
  if (issues.length) throw new ValidationError('案件信息有误，请按提示修改，未保存任何内容', issues);
  return value;
}
