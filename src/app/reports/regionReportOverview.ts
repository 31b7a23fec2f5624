import { sumRegionTables, type RegionSums } from '../../domain/annualReport/regionSums.ts';
import type { ReportTables } from '../../domain/annualReport/tables.ts';
import { reportPublication, TIMELINESS_LABELS, type Timeliness } from '../../domain/annualReport/timeliness.ts';
import { countTable4 } from '../../domain/annualReport/table4.ts';
import { countTable3, type CountedApplication } from '../../domain/applications/table3.ts';
import { isDomainError } from '../../domain/shared/errors.ts';
import { listAgencies } from '../../storage/repositories/agency.repository.ts';
import { listAnnualReports, type StoredAnnualReport } from '../../storage/repositories/annualReport.repository.ts';
import { listCountedApplications } from '../../storage/repositories/regionReportFacts.repository.ts';
import { listReviewCaseFacts } from '../../storage/repositories/reportSources.repository.ts';
import type { AppContext } from '../context.ts';
import { assertReportYear, resolveReportRegion } from './reportRegion.ts';

/** Where an agency's tables in the region's sum come from. */
export type TablesSource = 'stored' | 'computed' | 'unavailable';

/** One agency's line of the region view: its report's state and findings, never an applicant. */
export interface AgencyReportLine {
  agencyId: string;
  agencyName: string;
  reportId: string | null;
  /** The stored report's status and origin; null when the agency has none for the year (未编制). */
  status: string | null;
  origin: StoredAnnualReport['origin'] | null;
  publishedOn: string | null;
  timeliness: Timeliness;
  timelinessLabel: string;
  dueOn: string;
  daysLeft: number | null;
  /** Findings of the stored check; null when the report was never checked or does not exist. */
  errors: number | null;
  warnings: number | null;
  tablesSource: TablesSource;
  /** Why the tables could not be computed (Chinese), when tablesSource is unavailable. */
  tablesProblem: string | null;
}

export interface RegionReportOverview {
  region: { id: string; name: string; path: string[] };
  year: number;
  today: string;
  agencies: AgencyReportLine[];
  sums: RegionSums;
}

function findingCounts(report: StoredAnnualReport | undefined) {
  if (!report?.findings) return { errors: null, warnings: null };
  return {
    errors: report.findings.filter((f) => f.severity === 'error').length,
    warnings: report.findings.filter((f) => f.severity === 'warning').length,
  };
}

/**
 * Tables 三 and 四 Gongkai computes for an agency without a stored report: the domain's counting rules
 * (countTable3, countTable4) over its register and case register, as buildAnnualReport applies them; table 二
 * is not needed here. Applications of every agency come in one narrow query (bench/regionReports.ts).
 */
async function computedTables(ctx: AppContext, agencyId: string, year: number, applications: readonly CountedApplication[]) {
  try {
    return { tables: { format: '2021' as const, table3: countTable3(applications, year), table4: countTable4(await listReviewCaseFacts(ctx.db, agencyId), year) }, source: 'computed' as const, problem: null };
  } catch (error) {
    if (!isDomainError(error) || error.code !== 'validation.failed') throw error;
    return { tables: null, source: 'unavailable' as const, problem: error.message };
  }
}

/**
 * 年报 of every agency below a region for one year (issue 10, deliverable 5; 条例第四十九条): status,
 * publication by 1月31日 (R9, judged with today's date), the stored check's findings, and the region's
 * summed tables 三 and 四. For region supervisors (report.view and application.counts: numbers only).
 */
export async function regionReportOverview(ctx: AppContext, regionIdOrName: string, year: number): Promise<RegionReportOverview> {
  assertReportYear(year);
  const region = await resolveReportRegion(ctx, regionIdOrName);
  const today = ctx.clock.today();
  const names = new Map((await listAgencies(ctx.db)).map((a) => [a.id, a.name]));
  const reports = new Map((await listAnnualReports(ctx.db, region.agencyIds, year)).map((r) => [r.agencyId, r]));
  const withoutReport = region.agencyIds.filter((id) => !reports.has(id));
  const applications = await listCountedApplications(ctx.db, withoutReport, `${year}-12-31`);
  const agencies: AgencyReportLine[] = [];
  const summed: Pick<ReportTables, 'format' | 'table3' | 'table4'>[] = [];
  for (const agencyId of region.agencyIds) {
    const report = reports.get(agencyId);
    const publishedOn = report?.publishedOn ?? null;
    const publication = reportPublication(year, today, publishedOn, report?.origin === 'imported');
    const tables = report
      ? { tables: report.tables, source: 'stored' as const, problem: null }
      : await computedTables(ctx, agencyId, year, applications.get(agencyId) ?? []);
    if (tables.tables) summed.push(tables.tables);
    agencies.push({
      agencyId, agencyName: names.get(agencyId) ?? '', reportId: report?.id ?? null,
      status: report?.status ?? null, origin: report?.origin ?? null, publishedOn,
      timeliness: publication.timeliness, timelinessLabel: TIMELINESS_LABELS[publication.timeliness],
      dueOn: publication.dueOn, daysLeft: publication.daysLeft, ...findingCounts(report),
      tablesSource: tables.source, tablesProblem: tables.problem,
    });
  }
  agencies.sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'zh-CN'));
  return { region: { id: region.id, name: region.name, path: region.path }, year, today, agencies, sums: sumRegionTables(summed) };
}
