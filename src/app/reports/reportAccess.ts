/** Shared steps of the 年报 use cases: loading a report for an action, saving a new version, naming it in audit events. */
import { assertCan, type Action } from '../../domain/accounts/roles.ts';
import type { ReportSections } from '../../domain/annualReport/reportSections.ts';
import type { ReportTables } from '../../domain/annualReport/tables.ts';
import type { ReportStatus } from '../../domain/annualReport/workflow.ts';
import { DomainError, NotFoundError } from '../../domain/shared/errors.ts';
import { findAnnualReport, insertReportVersion, type StoredAnnualReport } from '../../storage/repositories/annualReport.repository.ts';
import { updateReportIfUnchanged } from '../../storage/repositories/annualReportLifecycle.repository.ts';
import type { AnnualReportTable } from '../../storage/tables/annualReports.ts';
import type { Updateable } from 'kysely';
import { agencyScope } from '../agencies/getAgency.ts';
import type { AppContext } from '../context.ts';

/** The report, after checking the actor may take `action` in its agency. */
export async function reportFor(ctx: AppContext, reportId: string, action: Action): Promise<StoredAnnualReport> {
  const report = await findAnnualReport(ctx.db, reportId);
  if (!report) throw new NotFoundError('找不到该年度报告');
  assertCan(ctx.actor, action, await agencyScope(ctx.db, report.agencyId));
  return report;
}

export const statusOf = (report: Pick<StoredAnnualReport, 'status'>) => report.status as ReportStatus;

/** 「2026年度政府信息公开工作年度报告」 for audit summaries and messages. */
export const reportLabel = (report: Pick<StoredAnnualReport, 'year'>) => `${report.year}年度政府信息公开工作年度报告`;

/** Writes a step; when another user changed the report meanwhile, nothing is written and the actor is told. */
export async function applyReportPatch(ctx: AppContext, report: StoredAnnualReport, patch: Updateable<AnnualReportTable>): Promise<void> {
  const applied = await updateReportIfUnchanged(ctx.db, report.id, report, { ...patch, updated_at: ctx.clock.now() });
  if (!applied) throw new DomainError('conflict', '该年度报告刚被其他人处理过，请刷新页面后重试');
}

/** Saves tables and sections as the report's next version (revision + 1), with a note saying why. */
export async function saveReportVersion(ctx: AppContext, report: StoredAnnualReport, next: { tables: ReportTables; sections: ReportSections; note: string }, patch: Updateable<AnnualReportTable> = {}): Promise<number> {
  const number = report.revision + 1;
  await applyReportPatch(ctx, report, { ...patch, revision: number, tables_json: JSON.stringify(next.tables), sections_json: JSON.stringify(next.sections) });
  await insertReportVersion(ctx.db, { reportId: report.id, number, tables: next.tables, sections: next.sections, note: next.note, createdBy: ctx.actor.id, createdAt: ctx.clock.now() });
  return number;
}
