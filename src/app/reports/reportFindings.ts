/**
 * The findings of a stored report (regulations.md §2.5): R1–R8 and R10 by checkReport with last year's stored
 * report (computed or imported) as `lastYear`, R9 by publicationDeadline with today's date.
 */
import { checkReport, type ReportUnderCheck } from '../../domain/annualReport/checks.ts';
import { publicationDeadline } from '../../domain/annualReport/deadline.ts';
import { SECTION_KEYS } from '../../domain/annualReport/reportSections.ts';
import { reportText } from '../../domain/annualReport/reportText.ts';
import type { Finding } from '../../domain/annualReport/tables.ts';
import { findAnnualReportFor, type StoredAnnualReport } from '../../storage/repositories/annualReport.repository.ts';
import type { AppContext } from '../context.ts';

/** A stored report as the checker reads it: its tables, and its text when it has any. */
function underCheck(report: StoredAnnualReport): ReportUnderCheck {
  const hasText = SECTION_KEYS.some((key) => (report.sections[key] ?? '').trim() !== '');
  return hasText ? { tables: report.tables, text: reportText(report.sections), overviewText: report.sections.overview ?? '' } : { tables: report.tables };
}

export async function findingsOf(ctx: Pick<AppContext, 'db' | 'clock'>, report: StoredAnnualReport): Promise<Finding[]> {
  const previous = await findAnnualReportFor(ctx.db, report.agencyId, report.year - 1);
  const findings = checkReport(underCheck(report), previous ? { lastYear: underCheck(previous) } : {});
  findings.push(...publicationDeadline(report.year, ctx.clock.today(), report.publishedOn).findings);
  return findings;
}

/** Errors that stop 提交 and 审签; R9 is about the date, not the content, so it never blocks the report that fixes it. */
export const blockingFindings = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error' && f.rule !== 'R9');

/** 「存在2处错误，须先更正：表三…；总体情况中的…」 */
export function blockingMessage(action: string, errors: readonly Finding[]): string {
  return `年度报告存在${errors.length}处错误，须更正后才能${action}：${errors.map((f) => f.message).join('；')}`;
}
