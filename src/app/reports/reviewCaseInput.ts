import type { Scope } from '../../domain/accounts/roles.ts';
import { can } from '../../domain/accounts/roles.ts';
import { parseReviewCase, type ReviewCaseInput } from '../../domain/annualReport/reviewCase.ts';
import { REVIEW_CASE_KIND_LABELS, REVIEW_RESULT_LABELS } from '../../domain/annualReport/table4.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import type { Actor } from '../../domain/accounts/roles.ts';
import { findApplicationByTrackingNo } from '../../storage/repositories/application.repository.ts';
import type { ReviewCaseColumns, StoredReviewCase } from '../../storage/repositories/reviewCase.repository.ts';
import type { AppContext } from '../context.ts';

/**
 * A case as typed → its columns: validated (domain/annualReport/reviewCase.ts), no date after today, and the
 * 受理编号 resolved to an application of the same agency. Another agency's number is refused with the same
 * message as an unknown one, so the form tells nothing about other agencies' registers.
 */
export async function reviewCaseColumns(tx: AppContext, agencyId: string, raw: Record<string, unknown>): Promise<{ input: ReviewCaseInput; columns: ReviewCaseColumns }> {
  const input = parseReviewCase(raw);
  const today = tx.clock.today();
  if (input.filedOn > today) throw new ValidationError('案件信息有误', [{ path: 'filedOn', message: '申请（起诉）日期不能晚于今天' }]);
  if (input.decidedOn && input.decidedOn > today) throw new ValidationError('案件信息有误', [{ path: 'decidedOn', message: '决定（判决）日期不能晚于今天' }]);
  let applicationId: string | null = null;
  if (input.applicationTrackingNo) {
    const found = await findApplicationByTrackingNo(tx.db, input.applicationTrackingNo);
    if (!found || found.application.agencyId !== agencyId) {
      throw new ValidationError('案件信息有误', [{ path: 'applicationTrackingNo', message: `本单位没有受理编号为「${input.applicationTrackingNo}」的申请，请核对` }]);
    }
    applicationId = found.application.id;
  }
  const columns = {
    kind: input.kind, case_number: input.caseNumber, filed_on: input.filedOn, decided_on: input.decidedOn, result: input.result,
    body: input.body, application_id: applicationId, summary: input.summary,
  };
  return { input: { ...input, applicationTrackingNo: applicationId ? input.applicationTrackingNo : null }, columns };
}

/** One line for the audit log: kind, 案号, dates and result, the application by 受理编号. */
export const caseLine = (c: ReviewCaseInput) =>
  `${REVIEW_CASE_KIND_LABELS[c.kind]}${c.caseNumber ? `「${c.caseNumber}」` : ''}（${c.filedOn}，${REVIEW_RESULT_LABELS[c.result]}${c.decidedOn ? ` ${c.decidedOn}` : ''}）${c.applicationTrackingNo ? `，涉及申请 ${c.applicationTrackingNo}` : ''}`;

/** A case as a page shows it. `full` is false for whoever may not open the agency's applications (region supervisors). */
export interface ReviewCaseView {
  id: string;
  agencyId: string;
  kind: StoredReviewCase['kind'];
  kindLabel: string;
  caseNumber: string | null;
  filedOn: string;
  decidedOn: string | null;
  result: StoredReviewCase['result'];
  resultLabel: string;
  body: string | null;
  /** Only with `full`: the application it arose from and the summary (which may speak of the applicant). */
  applicationId: string | null;
  applicationTrackingNo: string | null;
  summary: string | null;
  full: boolean;
}

/** 条例第四十五条 keeps applicants' matters to the agency's staff: supervisors see the case, not its application. */
export function presentReviewCase(c: StoredReviewCase, actor: Actor, scope: Scope): ReviewCaseView {
  const full = can(actor, 'application.view', scope);
  return {
    id: c.id, agencyId: c.agencyId, kind: c.kind, kindLabel: REVIEW_CASE_KIND_LABELS[c.kind], caseNumber: c.caseNumber, filedOn: c.filedOn,
    decidedOn: c.decidedOn, result: c.result, resultLabel: REVIEW_RESULT_LABELS[c.result], body: c.body,
    applicationId: full ? c.applicationId : null, applicationTrackingNo: full ? c.applicationTrackingNo : null, summary: full ? c.summary : null, full,
  };
}

/** What the audit log keeps of a case: its fields, the application by 受理编号 only. */
export const auditedCase = (c: Pick<ReviewCaseInput, 'kind' | 'caseNumber' | 'filedOn' | 'decidedOn' | 'result' | 'body' | 'applicationTrackingNo' | 'summary'>) => ({
  kind: c.kind, caseNumber: c.caseNumber, filedOn: c.filedOn, decidedOn: c.decidedOn, result: c.result, body: c.body, applicationTrackingNo: c.applicationTrackingNo, summary: c.summary,
});
