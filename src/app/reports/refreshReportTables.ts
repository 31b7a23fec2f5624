import type { ReportSections } from '../../domain/annualReport/reportSections.ts';
import type { ReportTables } from '../../domain/annualReport/tables.ts';
import { nextReportStatus, reportActionFor } from '../../domain/annualReport/workflow.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { findAnnualReport, type StoredAnnualReport } from '../../storage/repositories/annualReport.repository.ts';
import { listReportVersions } from '../../storage/repositories/annualReportLifecycle.repository.ts';
import { getAgency } from '../agencies/getAgency.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { buildAnnualReport } from './buildAnnualReport.ts';
import { reportFor, reportLabel, saveReportVersion, statusOf } from './reportAccess.ts';
import { draftedOther, draftedOverview, isDraftedVersion, REFRESHED_NOTE } from './reportDrafts.ts';

/**
 * 重新计算: the tables computed again from the data (applications, documents, entered figures, cases) as a new
 * version. Sections 一 and 六 are drafted again only while nobody edited them since Gongkai last drafted them;
 * edited sections are kept. Refused once the 审签人 has signed (the signed report must not change).
 */
export async function refreshReportTables(ctx: AppContext, reportId: string): Promise<StoredAnnualReport> {
  return inTransaction(ctx, async (tx) => {
    const report = await reportFor(tx, reportId, reportActionFor('refresh'));
    if (report.origin !== 'computed') throw new DomainError('workflow.invalid_transition', '导入的年度报告按发布时的内容保存，不能重新计算');
    nextReportStatus(statusOf(report), 'refresh');
    const agency = (await getAgency(tx.db, report.agencyId))!;
    const tables: ReportTables = await buildAnnualReport(tx, agency.id, report.year);
    const source = { agencyId: agency.id, agencyName: agency.name, year: report.year };
    const drafted = (await listReportVersions(tx.db, report.id)).find((version) => isDraftedVersion(version.note));
    const untouched = (key: keyof ReportSections) => drafted !== undefined && drafted.sections[key] === report.sections[key];
    const sections: ReportSections = {
      ...report.sections,
      overview: untouched('overview') ? await draftedOverview(tx, source, tables) : report.sections.overview,
      other: untouched('other') ? await draftedOther(tx, source) : report.sections.other,
    };
    const number = await saveReportVersion(tx, report, { tables, sections, note: REFRESHED_NOTE }, { findings_json: null });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'annual_report.refreshed', entityType: 'annual_report', entityId: report.id, agencyId: report.agencyId,
      summary: `重新计算${agency.name}${reportLabel(report)}的表格（第${number}版）`,
      before: { revision: report.revision }, after: { revision: number, redrafted: { overview: untouched('overview'), other: untouched('other') } },
    });
    return (await findAnnualReport(tx.db, report.id))!;
  });
}
