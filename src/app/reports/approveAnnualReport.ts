import { findAnnualReport, type StoredAnnualReport } from '../../storage/repositories/annualReport.repository.ts';
import type { AttachmentStore } from '../../storage/files/attachmentStore.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { publishAnnualReport } from './publishAnnualReport.ts';
import { reportSignOffStep, type ReportStepInput } from './reportSignOff.ts';

/**
 * 审签: the 审签人 — neither the 填表人 nor the 复核人 of the round — signs the checked report (refused while it
 * has errors), and the signed report is published at once as a document in the agency's 年报 column with its
 * 索引号, HTML, Word and PDF (publishAnnualReport.ts; 条例第四十九条: by 1月31日). Signing and publishing commit
 * together: a report that cannot be published is not left signed half-way.
 */
export async function approveAnnualReport(ctx: AppContext, input: ReportStepInput, files?: AttachmentStore, cjkFontFile?: string): Promise<StoredAnnualReport> {
  return inTransaction(ctx, async (tx) => {
    const approved = await reportSignOffStep(tx, input, 'approve');
    await publishAnnualReport(tx, approved.id, files, cjkFontFile);
    return (await findAnnualReport(tx.db, approved.id))!;
  });
}
