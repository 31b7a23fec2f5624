import { findAnnualReport, type StoredAnnualReport } from '../../storage/repositories/annualReport.repository.ts';
import type { AttachmentStore } from '../../storage/files/attachmentStore.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { can } from '../../domain/accounts/roles.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import { prepareReportFiles, publishPreparedReport } from './publishAnnualReport.ts';
import { reportSignOffStep, type ReportStepInput } from './reportSignOff.ts';

/**
 * 审签: the 审签人 — neither the 填表人 nor the 复核人 of the round — signs the checked report (refused while it
 * has errors), and the signed report is published at once as a document in the agency's 年报 column with its
 * 索引号, HTML, Word and PDF (publishAnnualReport.ts; 条例第四十九条: by 1月31日). Signing and publishing commit
 * together: a report that cannot be published is not left signed half-way.
 */
export async function approveAnnualReport(ctx: AppContext, input: ReportStepInput, files?: AttachmentStore, cjkFontFile?: string): Promise<StoredAnnualReport> {
  // The files are rendered before the transaction opens (no lock held while a PDF renders); the content they
  // show cannot change at 审签, and the revision check below refuses a report edited in between.
  const pending = await findAnnualReport(ctx.db, input.reportId);
  const mayApprove = pending !== null && pending.status === 'reviewed' && can(ctx.actor, 'report.approve', await agencyScope(ctx.db, pending.agencyId));
  const prepared = mayApprove ? await prepareReportFiles(ctx, pending, files, cjkFontFile) : null;
  return inTransaction(ctx, async (tx) => {
    const approved = await reportSignOffStep(tx, input, 'approve');
    if (!prepared) throw new DomainError('workflow.invalid_transition', '年度报告的状态已改变，请刷新页面后重试');
    await publishPreparedReport(tx, approved.id, prepared);
    return (await findAnnualReport(tx.db, approved.id))!;
  });
}
