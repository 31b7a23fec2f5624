import type { Finding } from '../../domain/annualReport/tables.ts';
import { REPORT_PERMISSIONS } from '../../domain/annualReport/workflow.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { applyReportPatch, reportFor, reportLabel } from './reportAccess.ts';
import { findingsOf } from './reportFindings.ts';

/**
 * 检查: runs R1–R10 on the report (reportFindings.ts) and stores the findings with it, so that the page and the
 * region view show them without checking again. Any of the agency's staff may check (report.view).
 */
export async function checkAnnualReport(ctx: AppContext, reportId: string): Promise<Finding[]> {
  return inTransaction(ctx, async (tx) => {
    const report = await reportFor(tx, reportId, REPORT_PERMISSIONS.view);
    const findings = await findingsOf(tx, report);
    await applyReportPatch(tx, report, { findings_json: JSON.stringify(findings) });
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    await tx.audit.record(tx.db, tx.actor, {
      action: 'annual_report.checked', entityType: 'annual_report', entityId: report.id, agencyId: report.agencyId,
      summary: `检查${reportLabel(report)}：错误${errors}处，警告${warnings}处`, after: { errors, warnings, revision: report.revision },
    });
    return findings;
  });
}
