/**
 * The outbox (发件箱): notices to applicants and reminders to staff, written in the same transaction as the
 * state change they report and sent later by the delivery job. Pure rules: what a message may hold, the
 * Chinese labels, and when a failed send is tried again.
 */
import { ValidationError, type FieldIssue } from '../shared/errors.ts';

export const OUTBOX_CHANNELS = ['email', 'sms'] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const CHANNEL_LABELS: Record<OutboxChannel, string> = { email: '电子邮件', sms: '短信' };
export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = { pending: '待发送', sending: '发送中', sent: '已发送', failed: '发送失败' };

/** A file sent with a message: by its key in the attachment store, or inline (small files only). */
export type OutboxAttachment =
  | { name: string; contentType: string; storageKey: string }
  | { name: string; contentType: string; base64: string };

/** Inline attachments are kept in the row, so they stay small; larger files go through the attachment store. */
export const INLINE_ATTACHMENT_LIMIT_BYTES = 256 * 1024;
export const SUBJECT_LIMIT = 200;
export const BODY_LIMIT = 100_000;

export interface OutboxMessageInput {
  channel: OutboxChannel;
  recipient: string;
  subject: string;
  body: string;
  attachments?: readonly OutboxAttachment[];
}

/** A practical address check (local@domain.tld, no spaces or angle brackets); RFC 5321 §4.5.3.1.3 caps the path at 256. */
const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:.]{2,}$/;
/** 中国大陆手机号: 11 digits starting 1[3-9] (GB/T 13997 numbering plan), optionally +86. */
const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;

/** Whether `address` is an e-mail address the outbox can send to (also used for staff accounts' addresses). */
export function isEmailAddress(address: string): boolean {
  return EMAIL.test(address) && address.length <= 254;
}

function recipientIssue(channel: OutboxChannel, recipient: string): string | null {
  if (!recipient) return '收件人不能为空';
  if (channel === 'email') return isEmailAddress(recipient) ? null : `电子邮件地址「${recipient.slice(0, 80)}」格式不正确`;
  return MOBILE.test(recipient.replace(/[\s-]/g, '')) ? null : `手机号码「${recipient.slice(0, 40)}」格式不正确（应为11位大陆手机号）`;
}

const STORAGE_KEY = /^[0-9a-f]{64}$/;

function attachmentIssue(attachment: OutboxAttachment, channel: OutboxChannel): string | null {
  if (channel === 'sms') return '短信不能带附件';
  if (!attachment.name.trim()) return '附件名称不能为空';
  if (!/^[\w.+-]+\/[\w.+-]+$/.test(attachment.contentType)) return `附件「${attachment.name}」的类型「${attachment.contentType}」无效`;
  if ('storageKey' in attachment) return STORAGE_KEY.test(attachment.storageKey) ? null : `附件「${attachment.name}」的存储编号无效`;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(attachment.base64)) return `附件「${attachment.name}」的内容不是有效的 Base64 编码`;
  const bytes = Math.floor((attachment.base64.length * 3) / 4);
  return bytes <= INLINE_ATTACHMENT_LIMIT_BYTES ? null : `附件「${attachment.name}」超过 ${INLINE_ATTACHMENT_LIMIT_BYTES / 1024} KB，请先存入附件库再按存储编号附上`;
}

/** Every problem of a message at once, by field; an empty list when it may be queued. */
export function outboxMessageIssues(input: OutboxMessageInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!(OUTBOX_CHANNELS as readonly string[]).includes(input.channel)) issues.push({ path: 'channel', message: `发送方式「${String(input.channel)}」无效（应为电子邮件或短信）` });
  else {
    const recipient = recipientIssue(input.channel, input.recipient.trim());
    if (recipient) issues.push({ path: 'recipient', message: recipient });
    for (const attachment of input.attachments ?? []) {
      const problem = attachmentIssue(attachment, input.channel);
      if (problem) issues.push({ path: 'attachments', message: problem });
    }
  }
  if (input.channel === 'email' && !input.subject.trim()) issues.push({ path: 'subject', message: '邮件主题不能为空' });
  if (input.subject.length > SUBJECT_LIMIT || /[\r\n]/.test(input.subject)) issues.push({ path: 'subject', message: `主题应为一行，不超过${SUBJECT_LIMIT}个字符` });
  if (!input.body.trim()) issues.push({ path: 'body', message: '消息正文不能为空' });
  if (input.body.length > BODY_LIMIT) issues.push({ path: 'body', message: `消息正文超过${BODY_LIMIT}个字符` });
  return issues;
}

/** Refuse a message that could never be sent, with every reason in one Chinese line. */
export function assertValidOutboxMessage(input: OutboxMessageInput): void {
  const issues = outboxMessageIssues(input);
  if (issues.length) throw new ValidationError(`消息无法加入发件箱：${issues.map((i) => i.message).join('；')}`, issues);
}

/** Waits after the 1st, 2nd … failed attempt: 1 min, 5 min, 30 min, 2 h, 6 h; after the last one the message is `failed`. */
export const RETRY_DELAYS_MS = [1, 5, 30, 120, 360].map((minutes) => minutes * 60_000);
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** When to try again after `attempts` failed attempts, or null when the message has used them all. */
export function nextAttemptAfter(failedAt: string, attempts: number): string | null {
  const delay = RETRY_DELAYS_MS[attempts - 1];
  return delay === undefined ? null : new Date(Date.parse(failedAt) + delay).toISOString();
}

/**
 * A recipient as the audit log shows it (z***@example.gov.cn, 138****5678): the audit log is read by
 * region supervisors, who may see counts but never an applicant's contact details (条例第四十五条 context; issue 9 item 7).
 */
export function maskRecipient(channel: OutboxChannel, recipient: string): string {
  if (channel === 'email') {
    const at = recipient.lastIndexOf('@');
    return at < 1 ? '***' : `${recipient.slice(0, 1)}***${recipient.slice(at)}`;
  }
  const digits = recipient.replace(/\D/g, '');
  return digits.length >= 7 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : '****';
}

/** How audit events name a message: 电子邮件「主题」（收件人 z***@example.gov.cn）. */
export function describeForAudit(message: { channel: OutboxChannel; recipient: string; subject: string; body: string }): string {
  return `${CHANNEL_LABELS[message.channel]}「${message.subject || message.body.slice(0, 20)}」（收件人 ${maskRecipient(message.channel, message.recipient)}）`;
}

/** The audit log's Chinese names of the outbox's events. */
export const OUTBOX_AUDIT_LABELS: Record<string, string> = {
  'outbox.enqueued': '加入发件箱',
  'outbox.sent': '消息已发送',
  'outbox.retry_scheduled': '发送失败待重试',
  'outbox.failed': '发送失败',
  'outbox.resent': '重新发送',
};
