import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { assertCan } from '../../domain/accounts/roles.ts';
import { NotFoundError, ValidationError } from '../../domain/shared/errors.ts';
import { MIN_SUBMISSION_REASON } from '../../domain/catalog/signOffNotes.ts';
import { EXCEPTION_EVENT, getOnePersonException } from './signOffRecord.ts';
import { agencyScope, getAgency } from '../agencies/getAgency.ts';

/**
 * The per-agency exception to 「填表人、复核人、审签人须为三个不同的人」 (workflowSignOff.ts) for a
 * bureau of one or two people. Off unless an agency admin switches it on with a written reason;
 * every switch is its own audit event, and the latest one is the state (signOffRecord.ts).
 * Agency admins of that agency and system admins only.
 */
export async function setOnePersonException(ctx: AppContext, input: { agencyId: string; enabled: boolean; reason?: string }): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const agency = await getAgency(tx.db, input.agencyId);
    if (!agency) throw new NotFoundError('找不到该单位');
    assertCan(tx.actor, 'agency.manage', await agencyScope(tx.db, agency.id));
    const reason = (input.reason ?? '').trim();
    if (input.enabled && reason.length < MIN_SUBMISSION_REASON) {
      throw new ValidationError(`开启单人单位例外须写明理由（不少于${MIN_SUBMISSION_REASON}个字）`, [{ path: 'reason', message: `请写明理由，如本单位仅有一名工作人员（不少于${MIN_SUBMISSION_REASON}个字）` }]);
    }
    const before = await getOnePersonException(tx.db, agency.id);
    await tx.audit.record(tx.db, tx.actor, {
      action: EXCEPTION_EVENT,
      entityType: 'agency',
      entityId: agency.id,
      agencyId: agency.id,
      summary: input.enabled ? `${agency.name}开启单人单位签批例外：${reason}` : `${agency.name}关闭单人单位签批例外${reason ? `：${reason}` : ''}`,
      before: { enabled: before !== null, reason: before?.reason ?? null },
      after: { enabled: input.enabled, reason: reason || null },
    });
  });
}
