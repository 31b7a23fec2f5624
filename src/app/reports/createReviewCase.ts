import { randomUUID } from 'node:crypto';
import { assertCan } from '../../domain/accounts/roles.ts';
import { insertReviewCase } from '../../storage/repositories/reviewCase.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { auditedCase, caseLine, reviewCaseColumns } from './reviewCaseInput.ts';

/**
 * Register a 行政复议 or 行政诉讼 case about disclosure (table 四 of the 年报; 条例第五十一条) for an agency:
 * the 填表人's work (report.edit). Validated before anything is written; the row and its audit event commit together.
 */
export async function createReviewCase(ctx: AppContext, agencyId: string, raw: Record<string, unknown>): Promise<{ id: string }> {
  assertCan(ctx.actor, 'report.edit', await agencyScope(ctx.db, agencyId));
  return inTransaction(ctx, async (tx) => {
    const { input, columns } = await reviewCaseColumns(tx, agencyId, raw);
    const id = randomUUID();
    await insertReviewCase(tx.db, { id, agency_id: agencyId, ...columns, created_by: tx.actor.id, created_at: tx.clock.now() });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'review_case.created', entityType: 'review_case', entityId: id, agencyId,
      summary: `登记${caseLine(input)}`, after: auditedCase(input),
    });
    return { id };
  });
}
