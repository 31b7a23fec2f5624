import { assertReportSignOff, nextReportStatus, REPORT_STATUS_LABELS, reportActionFor, type ReportEvent, type ReportStatus } from '../../domain/annualReport/workflow.ts';
import { DomainError, ValidationError } from '../../domain/shared/errors.ts';
import { findAnnualReport, type StoredAnnualReport } from '../../storage/repositories/annualReport.repository.ts';
import type { AnnualReportTable } from '../../storage/tables/annualReports.ts';
import type { Updateable } from 'kysely';
import { inTransaction, type AppContext } from '../context.ts';
import { applyReportPatch, reportFor, reportLabel, statusOf } from './reportAccess.ts';
import { blockingFindings, blockingMessage, findingsOf } from './reportFindings.ts';

export type SignOffEvent = Exclude<ReportEvent, 'edit' | 'refresh' | 'publish'>;

const VERBS: Record<SignOffEvent, string> = {
  submit: '提交复核', review_pass: '复核通过', review_return: '复核退回', approve: '审签', approve_return: '审签退回',
};

export interface ReportStepInput {
  reportId: string;
  comment?: string;
}

function signOffPatch(event: SignOffEvent, actorId: string | null, now: string, comment: string | null): Updateable<AnnualReportTable> {
  if (event === 'submit') return { preparer_id: actorId, prepared_at: now, reviewer_id: null, reviewed_at: null, approver_id: null, approved_at: null, return_comment: null };
  if (event === 'review_pass') return { reviewer_id: actorId, reviewed_at: now };
  if (event === 'approve') return { approver_id: actorId, approved_at: now };
  return { return_comment: comment };
}

/**
 * One sign-off step of 填表人 → 复核人 → 审签人 (three different people, workflowSignOff.ts). 提交 and 审签 check
 * the report first (R1–R8, R10) and are refused while it has errors, naming them; the findings of that check are
 * stored. A return needs a comment and sends the report back to the 填表人. Audited in the same transaction.
 */
export async function reportSignOffStep(ctx: AppContext, input: ReportStepInput, event: SignOffEvent): Promise<StoredAnnualReport> {
  return inTransaction(ctx, async (tx) => {
    const report = await reportFor(tx, input.reportId, reportActionFor(event));
    if (report.origin !== 'computed') throw new DomainError('workflow.invalid_transition', '导入的年度报告已在别处发布，不需要审签');
    const status: ReportStatus = nextReportStatus(statusOf(report), event);
    assertReportSignOff({ preparerId: report.preparerId, reviewerId: report.reviewerId }, event, tx.actor.id);
    const comment = input.comment?.trim().slice(0, 1000) || null;
    if (event.endsWith('return') && !comment) throw new ValidationError('退回时请填写意见', [{ path: 'comment', message: '请写明退回原因和修改要求' }]);
    const patch: Updateable<AnnualReportTable> = { status, ...signOffPatch(event, tx.actor.id, tx.clock.now(), comment) };
    if (event === 'submit' || event === 'approve') {
      const findings = await findingsOf(tx, report);
      const errors = blockingFindings(findings);
      if (errors.length) throw new ValidationError(blockingMessage(event === 'submit' ? '提交复核' : '审签', errors));
      patch.findings_json = JSON.stringify(findings);
    }
    await applyReportPatch(tx, report, patch);
    await tx.audit.record(tx.db, tx.actor, {
      action: `annual_report.${event}`, entityType: 'annual_report', entityId: report.id, agencyId: report.agencyId,
      summary: `${reportLabel(report)}（第${report.revision}版）${VERBS[event]}${comment ? `：${comment}` : ''}`,
      before: { status: report.status, statusLabel: REPORT_STATUS_LABELS[statusOf(report)] }, after: { status, comment },
    });
    return (await findAnnualReport(tx.db, report.id))!;
  });
}

/** 填表人 submits the draft (or the returned report) for 复核. */
export const submitAnnualReport = (ctx: AppContext, input: ReportStepInput) => reportSignOffStep(ctx, input, 'submit');

/** 复核人 passes or returns (with a comment); the 填表人 of the round may not. */
export const reviewAnnualReport = (ctx: AppContext, input: ReportStepInput & { decision: 'pass' | 'return' }) =>
  reportSignOffStep(ctx, input, input.decision === 'pass' ? 'review_pass' : 'review_return');

/** 审签人 returns the report instead of signing it (signing is approveAnnualReport.ts). */
export const returnAnnualReport = (ctx: AppContext, input: ReportStepInput) => reportSignOffStep(ctx, input, 'approve_return');
