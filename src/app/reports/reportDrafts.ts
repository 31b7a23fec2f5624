/**
 * The drafted sections of a computed report: 一 from the tables (draftOverview), 六 from the fee records
 * of the agency's applications (feesSection). Sections 二–四 are the tables themselves.
 */
import { feesChargedIn, feesSection } from '../../domain/annualReport/feesSection.ts';
import { draftOverview } from '../../domain/annualReport/overviewDraft.ts';
import { emptySections, type ReportSections } from '../../domain/annualReport/reportSections.ts';
import type { ReportTables } from '../../domain/annualReport/tables.ts';
import { countPublishedDocuments, listFeeLedgers } from '../../storage/repositories/annualReportLifecycle.repository.ts';
import type { AppContext } from '../context.ts';

/** Notes of the versions Gongkai drafted (not edited by a person): refresh re-drafts a section still as drafted there. */
export const DRAFTED_NOTE = '根据本单位数据生成';
export const REFRESHED_NOTE = '根据本单位数据重新计算';
export const isDraftedVersion = (note: string | null) => note === DRAFTED_NOTE || note === REFRESHED_NOTE;

export interface DraftSource {
  agencyId: string;
  agencyName: string;
  year: number;
}

/** Section 一 as Gongkai drafts it for these tables. */
export async function draftedOverview(ctx: Pick<AppContext, 'db'>, source: DraftSource, tables: ReportTables): Promise<string> {
  const publishedItems = await countPublishedDocuments(ctx.db, source.agencyId, source.year);
  return draftOverview(tables, { agency: source.agencyName, year: source.year, publishedItems });
}

/** Section 六 as Gongkai drafts it: the 信息处理费 paid in the year. */
export async function draftedOther(ctx: Pick<AppContext, 'db'>, source: DraftSource): Promise<string> {
  const fees = (await listFeeLedgers(ctx.db, source.agencyId)).flatMap((ledger) => feesChargedIn(ledger, source.year));
  return feesSection(fees);
}

export async function draftSections(ctx: Pick<AppContext, 'db'>, source: DraftSource, tables: ReportTables): Promise<ReportSections> {
  return { ...emptySections(), overview: await draftedOverview(ctx, source, tables), other: await draftedOther(ctx, source) };
}
