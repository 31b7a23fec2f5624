/** 发件箱 rows as the admin page shows them: Chinese labels, China time, and why a pending message waits. */
import type { StoredOutboxMessage } from '../../app/operations/listOutbox.ts';
import type { ChannelSetup } from '../../app/operations/senders/configuredSenders.ts';
import { CHANNEL_LABELS, OUTBOX_STATUS_LABELS, OUTBOX_STATUSES, type OutboxStatus } from '../../domain/outbox/outboxMessage.ts';
import { chinaTime } from './presenters.ts';

export interface AdminOutboxMessage {
  id: string;
  /** The agency's name, or 全系统 for a system-wide message. */
  agencyName: string;
  createdAt: string;
  channelLabel: string;
  recipient: string;
  /** The e-mail subject, or the start of a text message. */
  title: string;
  attachmentNames: string[];
  status: OutboxStatus;
  statusLabel: string;
  /** The site's status colours: failed as overdue (red), sent as published (green), waiting as submitted (amber). */
  statusClass: string;
  attempts: number;
  /** When the next attempt is due (pending only). */
  nextAttemptAt: string | null;
  sentAt: string | null;
  lastError: string | null;
  /** Why a pending message is not being sent: no sender for its channel. */
  waitingReason: string | null;
  canResend: boolean;
}

const STATUS_CLASSES: Record<OutboxStatus, string> = { pending: 'status-submitted', sending: 'status-submitted', sent: 'status-published', failed: 'status-overdue' };

export function presentOutboxMessage(message: StoredOutboxMessage, setup: readonly ChannelSetup[], agencyNames: ReadonlyMap<string, string>): AdminOutboxMessage {
  const channel = setup.find((s) => s.channel === message.channel);
  return {
    id: message.id,
    agencyName: message.agencyId ? (agencyNames.get(message.agencyId) ?? '') : '全系统',
    createdAt: chinaTime(message.createdAt) ?? '',
    channelLabel: CHANNEL_LABELS[message.channel],
    recipient: message.recipient,
    title: message.subject || (message.body.length > 40 ? `${message.body.slice(0, 40)}…` : message.body),
    attachmentNames: message.attachments.map((a) => a.name),
    status: message.status,
    statusLabel: OUTBOX_STATUS_LABELS[message.status],
    statusClass: STATUS_CLASSES[message.status],
    attempts: message.attempts,
    nextAttemptAt: message.status === 'pending' ? chinaTime(message.nextAttemptAt) : null,
    sentAt: chinaTime(message.sentAt),
    lastError: message.lastError,
    waitingReason: message.status === 'pending' ? (channel?.reason ?? null) : null,
    canResend: message.status === 'failed',
  };
}

/** The ?status= filter: one of the statuses, anything else lists every message. */
export function statusFilter(value: string | undefined): OutboxStatus | undefined {
  return (OUTBOX_STATUSES as readonly string[]).includes(value ?? '') ? (value as OutboxStatus) : undefined;
}

export const STATUS_OPTIONS = [{ value: '', label: '全部' }, ...OUTBOX_STATUSES.map((s) => ({ value: s, label: OUTBOX_STATUS_LABELS[s] }))];

export const OUTBOX_NOTICES: Record<string, string> = {
  resent: '该消息已重新加入发送队列，将在一分钟内发送。',
};
