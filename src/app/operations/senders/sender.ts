import type { OutboxChannel } from '../../../domain/outbox/outboxMessage.ts';

/** A message as a sender gets it: attachments already read from the store or decoded. */
export interface OutgoingMessage {
  id: string;
  channel: OutboxChannel;
  recipient: string;
  subject: string;
  body: string;
  attachments: { name: string; contentType: string; content: Uint8Array }[];
}

/**
 * Delivers messages of one channel (smtpSender, httpSender, logSender). `send` resolves when the other side
 * accepted the message and rejects with a SendFailure whose message is Chinese (shown on /admin/outbox).
 * It must give up by itself once `signal` aborts; the delivery job also stops waiting then.
 */
export interface MessageSender {
  /** How messages leave, in Chinese and without credentials: 「经邮件服务器 mail.example.gov.cn:465 发送」. */
  description: string;
  send(message: OutgoingMessage, signal: AbortSignal): Promise<void>;
  /** Release connections (a process stopping). */
  close?(): void;
}

/** The senders chosen by configuration; a channel without one keeps its messages pending. */
export type OutboxSenders = Partial<Record<OutboxChannel, MessageSender>>;

/** A failed send, with a Chinese message for the outbox's last error. */
export class SendFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SendFailure';
  }
}

/** Network errors by Node's code, in words an administrator can act on. */
const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: '连接被拒绝（服务未启动或端口错误）',
  ECONNRESET: '连接被对方中断',
  ETIMEDOUT: '连接超时',
  ENOTFOUND: '找不到该主机名',
  EAI_AGAIN: '域名解析暂时失败',
  EHOSTUNREACH: '主机不可达',
  ENETUNREACH: '网络不可达',
};

/** The first Node network error code found on the error or its causes. */
export function networkErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const text = `${(current as { code?: unknown }).code ?? ''} ${(current as { message?: unknown }).message ?? ''}`;
    const code = Object.keys(NETWORK_ERRORS).find((known) => text.includes(known));
    if (code) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** 「无法连接邮件服务器：连接被拒绝（…）」 for a network error, else null. */
export function describeNetworkError(what: string, error: unknown): string | null {
  const code = networkErrorCode(error);
  return code ? `无法连接${what}：${NETWORK_ERRORS[code]}` : null;
}

/** How long one send may take before it counts as failed. */
export const SEND_TIMEOUT_MS = 30_000;
