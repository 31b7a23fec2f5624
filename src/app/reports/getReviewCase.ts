import { assertCan } from '../../domain/accounts/roles.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { findReviewCase } from '../../storage/repositories/reviewCase.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import type { AppContext } from '../context.ts';
import { presentReviewCase, type ReviewCaseView } from './reviewCaseInput.ts';

/** One case (report.view); its application and summary only for the agency's staff (presentReviewCase). */
export async function getReviewCase(ctx: AppContext, caseId: string): Promise<ReviewCaseView> {
  const found = await findReviewCase(ctx.db, caseId);
  if (!found) throw new NotFoundError('找不到该行政复议/诉讼案件');
  const scope = await agencyScope(ctx.db, found.agencyId);
  assertCan(ctx.actor, 'report.view', scope);
  return presentReviewCase(found, ctx.actor, scope);
}
