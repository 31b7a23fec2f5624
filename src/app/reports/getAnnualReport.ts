import { can } from '../../domain/accounts/roles.ts';
import { publicationDeadline, type PublicationDeadline } from '../../domain/annualReport/deadline.ts';
import { REPORT_PERMISSIONS, reportSignOffRefusal } from '../../domain/annualReport/workflow.ts';
import type { StoredAnnualReport } from '../../storage/repositories/annualReport.repository.ts';
import { listReportVersions, type StoredReportVersion } from '../../storage/repositories/annualReportLifecycle.repository.ts';
import { agencyScope, getAgency } from '../agencies/getAgency.ts';
import type { AppContext } from '../context.ts';
import { reportFor, statusOf } from './reportAccess.ts';

export interface AnnualReportView {
  report: StoredAnnualReport;
  agencyName: string;
  versions: StoredReportVersion[];
  deadline: PublicationDeadline;
  /** What the actor may do, so that pages show only the buttons the use cases would accept. */
  abilities: { edit: boolean; review: boolean; approve: boolean };
  /** Why the actor may not take the next sign-off step (they already signed this round), or null. */
  signOffRefusal: string | null;
}

/** One report with its versions (newest first), its R9 state today and the actor's abilities. */
export async function getAnnualReport(ctx: AppContext, reportId: string): Promise<AnnualReportView> {
  const report = await reportFor(ctx, reportId, REPORT_PERMISSIONS.view);
  const scope = await agencyScope(ctx.db, report.agencyId);
  return {
    report,
    agencyName: (await getAgency(ctx.db, report.agencyId))?.name ?? '',
    versions: await listReportVersions(ctx.db, report.id),
    deadline: publicationDeadline(report.year, ctx.clock.today(), report.publishedOn),
    abilities: { edit: can(ctx.actor, REPORT_PERMISSIONS.prepare, scope), review: can(ctx.actor, REPORT_PERMISSIONS.review, scope), approve: can(ctx.actor, REPORT_PERMISSIONS.approve, scope) },
    signOffRefusal: reportSignOffRefusal({ status: statusOf(report), preparerId: report.preparerId, reviewerId: report.reviewerId }, ctx.actor.id),
  };
}
