import { reportPublication, TIMELINESS_LABELS } from '../../domain/annualReport/timeliness.ts';
import { chinaDateOf, type LocalDate } from '../../domain/shared/clock.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { lastTwelveMonths, type AgencySupervisionRow } from '../../domain/supervision/agencySupervision.ts';
import { evaluateReadiness, type ReadinessResult } from '../../domain/supervision/evaluateReadiness.ts';
import { applicationFigures, monthFigures, type ApplicationDates } from '../../domain/supervision/supervisionFigures.ts';
import { listAnnualReports } from '../../storage/repositories/annualReport.repository.ts';
import { applicationClockRows, documentsPerMonth, lastPublishedOn } from '../../storage/repositories/supervisionSnapshot.repository.ts';
import { getAgency } from '../agencies/getAgency.ts';
import { loadCalendar } from '../calendar/loadCalendar.ts';
import { publishedCatalogNames } from '../catalog/publishedCatalogNames.ts';
import type { CatalogView } from '../../domain/catalog/version.ts';
import type { AppContext } from '../context.ts';
import { agencyObligations, type AgencyObligations } from './agencyObligations.ts';
import { gatherReadinessFacts, periodBlanksFrom } from './agencyReadiness.ts';
import { lintStoredCatalog } from './catalogLint.ts';

/** The line and what it was computed from (the items' obligations and the readiness findings), read once. */
export interface AgencySupervisionDetail {
  row: AgencySupervisionRow;
  obligations: AgencyObligations;
  readiness: ReadinessResult;
}

function catalogFigures(catalog: CatalogView | null, agencyName: string): AgencySupervisionRow['catalog'] {
  if (!catalog) return { versionId: null, versionNumber: null, publishedOn: null, items: 0, lintErrors: 0, lintWarnings: 0 };
  const findings = lintStoredCatalog(catalog, agencyName);
  return {
    versionId: catalog.version.id,
    versionNumber: catalog.version.number,
    publishedOn: chinaDateOf(catalog.version.approvedAt ?? catalog.version.createdAt),
    items: catalog.items.length,
    lintErrors: findings.filter((f) => f.severity === 'error').length,
    lintWarnings: findings.filter((f) => f.severity === 'warning').length,
  };
}

/** 依申请公开 from the year's start or the first of the twelve months, whichever is earlier (dates only, no person). */
async function applicationDates(ctx: AppContext, agencyId: string, today: LocalDate): Promise<ApplicationDates[]> {
  const from = [`${today.slice(0, 4)}-01-01`, `${lastTwelveMonths(today)[0]}-01`].sort()[0]!;
  return (await applicationClockRows(ctx.db, agencyId, from)).map((r) => ({ status: r.status, receivedOn: r.received_on, dueOn: r.due_on, closedOn: r.closed_on }));
}

async function annualReportFigures(ctx: AppContext, agencyId: string, today: LocalDate): Promise<AgencySupervisionRow['annualReport']> {
  const year = Number(today.slice(0, 4)) - 1;
  const [report] = await listAnnualReports(ctx.db, [agencyId], year);
  const publication = reportPublication(year, today, report?.publishedOn ?? null, report?.origin === 'imported');
  return { year, status: report?.status ?? null, publishedOn: report?.publishedOn ?? null, timeliness: publication.timeliness, label: TIMELINESS_LABELS[publication.timeliness] };
}

/**
 * One agency's line of the region view (issue 11, deliverable 4), computed from its data today: the published
 * catalog and its lint, obligations per item, documents per month, 依申请公开 handling, last year's 年报 and
 * inspection readiness. The permission checks are those of agencyObligations and agencyReadiness (the agency's staff,
 * the supervisors above it, the system). The published catalog is read once and shared by all of them.
 */
export async function computeAgencySupervision(ctx: AppContext, agencyId: string): Promise<AgencySupervisionDetail> {
  const agency = await getAgency(ctx.db, agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  const today = ctx.clock.today();
  const catalog = await publishedCatalogNames(ctx.db, agencyId);
  const obligations = await agencyObligations(ctx, { agencyId, catalog });
  const facts = await gatherReadinessFacts(ctx, agency, { catalog, periodBlanks: periodBlanksFrom(obligations) });
  const readiness = evaluateReadiness(facts, today);
  const months = lastTwelveMonths(today);
  const perMonth = await documentsPerMonth(ctx.db, agencyId, `${months[0]}-01`);
  const dates = await applicationDates(ctx, agencyId, today);
  const { blank, late, stale, vague, ok } = obligations.counts;
  const row: AgencySupervisionRow = {
    agencyId, agencyName: agency.name, regionNames: agency.regionNames, asOf: today, computedAt: ctx.clock.now(),
    catalog: catalogFigures(catalog?.catalog ?? null, agency.name),
    items: { blank, late, stale, vague, ok },
    documents: { lastTwelveMonths: perMonth.reduce((sum, m) => sum + m.count, 0), lastPublishedOn: await lastPublishedOn(ctx.db, agencyId) },
    months: monthFigures(new Map(perMonth.map((m) => [m.month, m.count])), dates, today),
    applications: applicationFigures(dates, await loadCalendar(ctx), today),
    annualReport: await annualReportFigures(ctx, agencyId, today),
    readiness: {
      score: readiness.score, vetoed: readiness.vetoed, verdict: readiness.verdict, findings: readiness.findings.length,
      vetoes: [...new Set(readiness.findings.filter((f) => f.severity === 'veto').map((f) => f.title))],
    },
  };
  return { row, obligations, readiness };
}
