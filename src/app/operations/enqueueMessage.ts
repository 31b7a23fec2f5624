import { randomUUID } from 'node:crypto';
import { inTransaction, type AppContext } from '../context.ts';
import { assertValidOutboxMessage, describeForAudit, type OutboxAttachment, type OutboxChannel } from '../../domain/outbox/outboxMessage.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { insertOutboxMessage } from '../../storage/repositories/outbox.repository.ts';

export interface EnqueueMessageInput {
  /** The agency whose administrators see the message on /admin/outbox; null for system-wide messages. */
  agencyId: string | null;
  /** What the message is about, e.g. { type: 'application', id }; lets pages list an application's notices. */
  about?: { type: string; id: string };
  channel: OutboxChannel;
  /** An e-mail address, or a mainland mobile number for `sms`. */
  recipient: string;
  /** The e-mail subject (one line); for `sms` it may be empty. */
  subject: string;
  /** Plain text, zh-CN. */
  body: string;
  /** E-mail only: files by attachment-store key, or small files inline as base64 (≤ 256 KB). */
  attachments?: readonly OutboxAttachment[];
  /** Not before this instant (ISO, UTC); default now. */
  sendAfter?: string;
}

/**
 * Put a notice or reminder in the outbox (发件箱). Call it with the context of the transaction that makes
 * the state change the message reports: the row and its `outbox.enqueued` audit event commit or roll back
 * with that change, so a notice exists exactly when the change happened. Nothing is sent here: the
 * deliver-outbox job sends it within about a minute, retries failures and keeps them visible on /admin/outbox.
 * The caller checks permissions (an applicant submitting a form may be the actor). A message that could
 * never be sent (empty or malformed recipient, empty body, attachments on a text message) is refused with a
 * Chinese ValidationError, which rolls back the caller's transaction.
 */
export async function enqueueMessage(ctx: AppContext, input: EnqueueMessageInput): Promise<{ messageId: string }> {
  const recipient = input.channel === 'sms' ? input.recipient.replace(/[\s-]/g, '') : input.recipient.trim();
  const message = { ...input, recipient, subject: input.subject.trim(), attachments: input.attachments ?? [] };
  assertValidOutboxMessage(message);
  const sendAfter = input.sendAfter === undefined ? undefined : Date.parse(input.sendAfter);
  if (sendAfter !== undefined && Number.isNaN(sendAfter)) throw new ValidationError(`消息无法加入发件箱：发送时间「${input.sendAfter}」无效`, [{ path: 'sendAfter', message: '发送时间无效' }]);
  return inTransaction(ctx, async (tx) => {
    const messageId = randomUUID();
    const now = tx.clock.now();
    await insertOutboxMessage(tx.db, {
      id: messageId, agency_id: input.agencyId, subject_type: input.about?.type ?? null, subject_id: input.about?.id ?? null,
      channel: message.channel, recipient, subject: message.subject, body: message.body, attachments_json: JSON.stringify(message.attachments),
      next_attempt_at: sendAfter !== undefined && sendAfter > Date.parse(now) ? new Date(sendAfter).toISOString() : now, created_at: now, created_by: tx.actor.id,
    });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'outbox.enqueued', entityType: 'outbox_message', entityId: messageId, agencyId: input.agencyId,
      summary: `${describeForAudit(message)}已加入发件箱`,
      after: { channel: message.channel, about: input.about ?? null, attachments: message.attachments.map((a) => a.name) },
    });
    return { messageId };
  });
}
