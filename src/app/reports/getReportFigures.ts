import { assertCan, can } from '../../domain/accounts/roles.ts';
import { assertReportYear, feedsTable2 } from '../../domain/annualReport/reportFigures.ts';
import { REPORT_COUNT_KEYS, type ReportCountKey } from '../../domain/annualReport/table2.ts';
import { listPublishedLegalDocuments, type PublishedLegalDocument } from '../../storage/repositories/legalDocuments.repository.ts';
import { listReportCounts, type StoredReportCount } from '../../storage/repositories/reportSources.repository.ts';
import { getAgency } from '../agencies/getAgency.ts';
import type { AppContext } from '../context.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';

export interface ReportFigures {
  agency: { id: string; name: string };
  year: number;
  /** The entered figures by key; null where nothing was entered (the cell stays blank). */
  figures: Record<ReportCountKey, StoredReportCount | null>;
  /** The published 规章/行政规范性文件 that table 二 of the year counts (issued by 31 December, not repealed before 1 January). */
  documents: PublishedLegalDocument[];
  canEdit: boolean;
}

/** Where each table 二 figure of a year comes from, for the agency's staff and region supervisors (report.view). */
export async function getReportFigures(ctx: AppContext, agencyId: string, year: number): Promise<ReportFigures> {
  assertReportYear(year);
  const agency = await getAgency(ctx.db, agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  const scope = { agencyId: agency.id, regionPath: agency.regionPath };
  assertCan(ctx.actor, 'report.view', scope);
  const stored = await listReportCounts(ctx.db, agency.id, year);
  const figures = Object.fromEntries(REPORT_COUNT_KEYS.map((key) => [key, stored.find((c) => c.key === key) ?? null])) as ReportFigures['figures'];
  const documents = (await listPublishedLegalDocuments(ctx.db, agency.id)).filter((d) => feedsTable2({ issuedOn: d.formedOn ?? d.publishedOn, repealedOn: d.repealedOn }, year));
  return { agency: { id: agency.id, name: agency.name }, year, figures, documents, canEdit: can(ctx.actor, 'report.edit', scope) };
}
