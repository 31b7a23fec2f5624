import { assertCan, can } from '../../domain/accounts/roles.ts';
import type { Table4Group } from '../../domain/annualReport/format2021.ts';
import { REVIEW_CASE_KINDS, REVIEW_RESULTS, type ReviewResult } from '../../domain/annualReport/table4.ts';
import { listReviewCaseRows } from '../../storage/repositories/reviewCase.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import type { AppContext } from '../context.ts';
import { presentReviewCase, type ReviewCaseView } from './reviewCaseInput.ts';

export interface ReviewCaseFilter {
  agencyId: string;
  /** Filed in this year. */
  year?: number | null;
  kind?: string | null;
  result?: string | null;
  /** The cases that arose from one application (its case page). */
  applicationId?: string | null;
}

const known = <T extends string>(values: readonly T[], raw: string | null | undefined): T | undefined => (raw && values.includes(raw as T) ? (raw as T) : undefined);

/**
 * An agency's 行政复议/行政诉讼 register (report.view). Region supervisors get the cases with 案号, dates and
 * results but neither the application nor the summary. Unknown filter values are ignored, not errors.
 */
export async function listReviewCases(ctx: AppContext, filter: ReviewCaseFilter): Promise<{ cases: ReviewCaseView[]; canEdit: boolean }> {
  const scope = await agencyScope(ctx.db, filter.agencyId);
  assertCan(ctx.actor, 'report.view', scope);
  if (filter.applicationId) assertCan(ctx.actor, 'application.view', scope);
  const year = filter.year && Number.isInteger(filter.year) && filter.year >= 2008 && filter.year <= 2099 ? filter.year : undefined;
  const rows = await listReviewCaseRows(ctx.db, {
    agencyId: filter.agencyId, year, kind: known<Table4Group>(REVIEW_CASE_KINDS, filter.kind), result: known<ReviewResult>(REVIEW_RESULTS, filter.result),
    applicationId: filter.applicationId ?? undefined,
  });
  return { cases: rows.map((row) => presentReviewCase(row, ctx.actor, scope)), canEdit: can(ctx.actor, 'report.edit', scope) };
}
