import { inTransaction, type AppContext } from '../context.ts';
import { describeForAudit } from '../../domain/outbox/outboxMessage.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/shared/errors.ts';
import { findOutboxMessage, requeueFailedMessage } from '../../storage/repositories/outbox.repository.ts';
import { mayManageOutboxOf } from './listOutbox.ts';

/**
 * 重新发送: put a failed message back in the queue with a fresh round of attempts, audited; the
 * deliver-outbox job sends it at its next run. Only failed messages: a pending one is already queued,
 * a sent one is done.
 */
export async function resendOutboxMessage(ctx: AppContext, messageId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const message = await findOutboxMessage(tx.db, messageId);
    if (!message) throw new NotFoundError('找不到该消息');
    if (!mayManageOutboxOf(tx.actor, message.agencyId)) throw new ForbiddenError('您无权重新发送该单位的消息');
    if (!(await requeueFailedMessage(tx.db, messageId, tx.clock.now()))) throw new ValidationError('只有发送失败的消息可以重新发送');
    await tx.audit.record(tx.db, tx.actor, {
      action: 'outbox.resent', entityType: 'outbox_message', entityId: messageId, agencyId: message.agencyId,
      summary: `${describeForAudit(message)}重新加入发送队列`,
      before: { status: message.status, attempts: message.attempts, lastError: message.lastError },
    });
  });
}
