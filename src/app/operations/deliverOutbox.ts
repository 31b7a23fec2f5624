import { inTransaction, type AppContext } from '../context.ts';
import { ForbiddenError } from '../../domain/shared/errors.ts';
import { describeForAudit, nextAttemptAfter, OUTBOX_CHANNELS, type OutboxChannel } from '../../domain/outbox/outboxMessage.ts';
import { claimDueMessages, settleClaimedMessage, type StoredOutboxMessage } from '../../storage/repositories/outbox.repository.ts';
import type { AttachmentStore } from '../../storage/files/attachmentStore.ts';
import { diskAttachmentStore } from '../../storage/files/diskAttachmentStore.ts';
import type { JobLog } from './job.ts';
import { SEND_TIMEOUT_MS, SendFailure, type MessageSender, type OutboxSenders, type OutgoingMessage } from './senders/sender.ts';

export interface DeliveryOptions {
  /** Messages claimed per run. */
  batchSize?: number;
  /** How long one send may take. */
  timeoutMs?: number;
  /** Where attachments given by storage key are read; default the data folder's store. */
  files?: AttachmentStore;
  log?: JobLog;
}

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
}

/** A run sends at most this many full batches (the job comes back every 30 s for the rest). */
const MAX_BATCHES_PER_RUN = 5;

const later = (instant: string, ms: number) => new Date(Date.parse(instant) + ms).toISOString();

async function outgoing(message: StoredOutboxMessage, files: () => AttachmentStore): Promise<OutgoingMessage> {
  const attachments = [];
  for (const a of message.attachments) {
    const content = 'base64' in a ? Buffer.from(a.base64, 'base64') : await files().get(a.storageKey);
    if (!content) throw new SendFailure(`附件「${a.name}」在附件库中找不到`);
    attachments.push({ name: a.name, contentType: a.contentType, content });
  }
  return { id: message.id, channel: message.channel, recipient: message.recipient, subject: message.subject, body: message.body, attachments };
}

/** One send, given up after `timeoutMs` (the sender is told through the signal); resolves to the Chinese error or null. */
async function attempt(sender: MessageSender, message: OutgoingMessage, timeoutMs: number): Promise<string | null> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // The timeout settles the race first; the sender's own reaction to the abort comes after and is ignored.
      reject(new SendFailure(`发送超时（${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)}秒` : `${timeoutMs}毫秒`}内没有完成）`));
      controller.abort();
    }, timeoutMs);
  });
  const sending = sender.send(message, controller.signal);
  sending.catch(() => undefined);
  try {
    await Promise.race([sending, timedOut]);
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** Send one claimed message; the Chinese error of a failed attempt, or null. */
async function sendOne(sender: MessageSender, message: StoredOutboxMessage, files: () => AttachmentStore, options: DeliveryOptions & { timeoutMs: number }): Promise<string | null> {
  try {
    return await attempt(sender, await outgoing(message, files), options.timeoutMs);
  } catch (failure) {
    if (failure instanceof SendFailure) return failure.message;
    options.log?.error({ err: failure, outboxId: message.id }, 'outbox send failed');
    return '发送时出现内部错误（详见运行日志）';
  }
}

/** Record one attempt: sent, or the error with the next attempt (exponential backoff) or `failed`; audited in one transaction. */
async function settle(ctx: AppContext, message: StoredOutboxMessage, error: string | null): Promise<keyof DeliveryReport | null> {
  const now = ctx.clock.now();
  const retryAt = error ? nextAttemptAfter(now, message.attempts) : null;
  const status = !error ? 'sent' : retryAt ? 'pending' : 'failed';
  return inTransaction(ctx, async (tx) => {
    const settled = await settleClaimedMessage(tx.db, message.id, message.lockedUntil ?? '', { status, at: now, error, nextAttemptAt: retryAt ?? undefined });
    if (!settled) return null;
    const what = describeForAudit(message);
    const summary = !error ? `${what}已发送` : retryAt ? `${what}第${message.attempts}次发送失败：${error}；将于稍后重试` : `${what}第${message.attempts}次发送失败：${error}；已不再重试`;
    await tx.audit.record(tx.db, tx.actor, {
      action: !error ? 'outbox.sent' : retryAt ? 'outbox.retry_scheduled' : 'outbox.failed', entityType: 'outbox_message', entityId: message.id,
      agencyId: message.agencyId, summary, after: { attempt: message.attempts, error, nextAttemptAt: retryAt },
    });
    return !error ? 'sent' : retryAt ? 'retrying' : 'failed';
  });
}

/**
 * The deliver-outbox job's work: claim a batch of due messages of the channels that have a sender (a channel
 * without one keeps its messages pending), send each with a time limit, and record the outcome. Runs in the
 * job runner, never in a request. Several processes may run it at once: each message is claimed by one.
 */
export async function deliverOutbox(ctx: AppContext, senders: OutboxSenders, options: DeliveryOptions = {}): Promise<DeliveryReport> {
  if (!ctx.actor.roles.includes('system_admin')) throw new ForbiddenError('只有系统可以发送发件箱中的消息');
  const batchSize = options.batchSize ?? 10;
  const timeoutMs = options.timeoutMs ?? SEND_TIMEOUT_MS;
  const channels = OUTBOX_CHANNELS.filter((channel): channel is OutboxChannel => Boolean(senders[channel]));
  let store: AttachmentStore | undefined = options.files;
  const files = () => (store ??= diskAttachmentStore());
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch += 1) {
    const now = ctx.clock.now();
    const claimed = await claimDueMessages(ctx.db, { now, leaseUntil: later(now, batchSize * timeoutMs + 60_000), channels, limit: batchSize });
    for (const message of claimed) {
      const outcome = await settle(ctx, message, await sendOne(senders[message.channel]!, message, files, { ...options, timeoutMs }));
      if (outcome) report[outcome] += 1;
    }
    // Another batch only while batches come full and every send went through: a failing server is not hammered.
    if (claimed.length < batchSize || report.retrying + report.failed > 0) break;
  }
  return report;
}
