import { randomUUID } from 'node:crypto';
import { assertCan } from '../../domain/accounts/roles.ts';
import type { ReportTables } from '../../domain/annualReport/tables.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { findAnnualReportFor, insertAnnualReport, type StoredAnnualReport } from '../../storage/repositories/annualReport.repository.ts';
import { agencyScope, resolveAgency, type AgencyView } from '../agencies/getAgency.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { buildAnnualReport } from './buildAnnualReport.ts';
import { reportLabel } from './reportAccess.ts';
import { DRAFTED_NOTE, draftSections } from './reportDrafts.ts';

/**
 * Opens the agency's report of `year` (条例第四十九条): the existing one (computed or imported) when there is one,
 * else a new draft computed from the data (buildAnnualReport) with drafted sections 一 and 六, as version 1.
 */
export async function openAnnualReport(ctx: AppContext, input: { agency: string; year: number }): Promise<{ report: StoredAnnualReport; created: boolean }> {
  const thisYear = Number(ctx.clock.today().slice(0, 4));
  if (!Number.isInteger(input.year) || input.year < 2008 || input.year > thisYear) throw new ValidationError(`年度“${input.year}”无效：应为 2008 至 ${thisYear} 之间的年份`, [{ path: 'year', message: '请填写年份' }]);
  const agency = await resolveAgency(ctx.db, input.agency);
  const scope = await agencyScope(ctx.db, agency.id);
  assertCan(ctx.actor, 'report.view', scope);
  const existing = await findAnnualReportFor(ctx.db, agency.id, input.year);
  if (existing) return { report: existing, created: false };
  assertCan(ctx.actor, 'report.edit', scope);
  const tables: ReportTables = await buildAnnualReport(ctx, agency.id, input.year);
  try {
    return await createReport(ctx, agency, input.year, tables);
  } catch (error) {
    // Two officers opening the same year at once: the unique (agency, year) lets one insert; the other gets that one.
    const created = await findAnnualReportFor(ctx.db, agency.id, input.year);
    if (created) return { report: created, created: false };
    throw error;
  }
}

async function createReport(ctx: AppContext, agency: AgencyView, year: number, tables: ReportTables): Promise<{ report: StoredAnnualReport; created: boolean }> {
  return inTransaction(ctx, async (tx) => {
    const id = randomUUID();
    const sections = await draftSections(tx, { agencyId: agency.id, agencyName: agency.name, year }, tables);
    const report = { id, agencyId: agency.id, year, format: '2021' as const, origin: 'computed' as const, status: 'draft', tables, sections, createdBy: tx.actor.id, createdAt: tx.clock.now() };
    await insertAnnualReport(tx.db, report, DRAFTED_NOTE);
    await tx.audit.record(tx.db, tx.actor, {
      action: 'annual_report.created', entityType: 'annual_report', entityId: id, agencyId: agency.id,
      summary: `生成${agency.name}${reportLabel(report)}草稿`, after: { year, status: 'draft' },
    });
    return { report: (await findAnnualReportFor(tx.db, agency.id, year))!, created: true };
  });
}
