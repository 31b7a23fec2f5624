import type { StoredAnnualReport } from '../../storage/repositories/annualReport.repository.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { reportSignOffStep, type ReportStepInput } from './reportSignOff.ts';

/**
 * 审签: the 审签人 — neither the 填表人 nor the 复核人 of the round — signs the checked report (refused while it
 * has errors). The report is then 已审签 and waits to be published in the agency's 年报 column.
 */
export async function approveAnnualReport(ctx: AppContext, input: ReportStepInput): Promise<StoredAnnualReport> {
  return inTransaction(ctx, async (tx) => reportSignOffStep(tx, input, 'approve'));
}
