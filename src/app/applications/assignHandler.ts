import { ValidationError } from '../../domain/shared/errors.ts';
import { setApplicationHandler } from '../../storage/repositories/application.repository.ts';
import { findUserById } from '../../storage/repositories/user.repository.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { applicationFor, applicationLabel } from './applicationAccess.ts';

/** Assign (or clear) the officer who handles an application: a member of the same agency's staff. */
export async function assignHandler(ctx: AppContext, applicationId: string, handlerId: string | null) {
  return inTransaction(ctx, async (tx) => {
    const application = await applicationFor(tx, applicationId, 'application.handle');
    let handlerName = '（无）';
    if (handlerId) {
      const user = await findUserById(tx.db, handlerId);
      if (!user || user.disabled || user.agencyId !== application.agencyId) {
        throw new ValidationError('承办人须为本单位在用的工作人员', [{ path: 'handlerId', message: '请选择本单位的工作人员' }]);
      }
      handlerName = user.displayName;
    }
    await setApplicationHandler(tx.db, application.id, handlerId, tx.clock.now());
    await tx.audit.record(tx.db, tx.actor, {
      action: 'application.assigned',
      entityType: 'application',
      entityId: application.id,
      agencyId: application.agencyId,
      summary: `${applicationLabel(application)} 承办人：${handlerName}`,
    });
  });
}
