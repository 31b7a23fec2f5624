import { assertCan } from '../../domain/accounts/roles.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { findReviewCase, updateReviewCaseRow } from '../../storage/repositories/reviewCase.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { auditedCase, caseLine, reviewCaseColumns } from './reviewCaseInput.ts';

/** Correct or complete a case (e.g. the decision came): report.edit of its agency; audited with before and after. */
export async function updateReviewCase(ctx: AppContext, caseId: string, raw: Record<string, unknown>): Promise<void> {
  const existing = await findReviewCase(ctx.db, caseId);
  if (!existing) throw new NotFoundError('找不到该行政复议/诉讼案件');
  assertCan(ctx.actor, 'report.edit', await agencyScope(ctx.db, existing.agencyId));
  await inTransaction(ctx, async (tx) => {
    const { input, columns } = await reviewCaseColumns(tx, existing.agencyId, raw);
    await updateReviewCaseRow(tx.db, caseId, columns, tx.clock.now());
    await tx.audit.record(tx.db, tx.actor, {
      action: 'review_case.updated', entityType: 'review_case', entityId: caseId, agencyId: existing.agencyId,
      summary: `修改${caseLine(input)}`, before: auditedCase(existing), after: auditedCase(input),
    });
  });
}
