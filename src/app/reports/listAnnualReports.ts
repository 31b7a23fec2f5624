import { publicationDeadline, type PublicationDeadline } from '../../domain/annualReport/deadline.ts';
import { REPORT_PERMISSIONS } from '../../domain/annualReport/workflow.ts';
import { listAnnualReports as listStoredReports, type StoredAnnualReport } from '../../storage/repositories/annualReport.repository.ts';
import { agenciesPermitted } from '../agencies/agenciesPermitted.ts';
import type { AppContext } from '../context.ts';

export interface AgencyReports {
  agencyId: string;
  agencyName: string;
  /** The agency's reports, newest year first. */
  reports: StoredAnnualReport[];
  /** The year whose report is due next 31 January or was due last: last year's. */
  dueYear: number;
  /** R9 for that year's report today: notDue, reminder (from 1 January), overdue (after 31 January), onTime, late. */
  deadline: PublicationDeadline;
}

/** The report a year's R9 state looks at: published by Gongkai, or imported with its publication date. */
export const publishedOnOf = (report: StoredAnnualReport | undefined) => report?.publishedOn ?? null;

/** For each agency the actor may see reports of: its reports and the R9 state of last year's (条例第四十九条). */
export async function listAnnualReports(ctx: AppContext): Promise<AgencyReports[]> {
  const agencies = await agenciesPermitted(ctx, REPORT_PERMISSIONS.view);
  const reports = await listStoredReports(ctx.db, agencies.map((a) => a.id));
  const today = ctx.clock.today();
  const dueYear = Number(today.slice(0, 4)) - 1;
  return agencies.map((agency) => {
    const own = reports.filter((r) => r.agencyId === agency.id);
    const due = own.find((r) => r.year === dueYear);
    return { agencyId: agency.id, agencyName: agency.name, reports: own, dueYear, deadline: publicationDeadline(dueYear, today, publishedOnOf(due)) };
  });
}
