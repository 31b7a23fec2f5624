/**
 * How the outbox sends (src/app/operations/senders/): GONGKAI_SMTP_URL and GONGKAI_MAIL_FROM for e-mail,
 * GONGKAI_SMS_WEBHOOK_URL for text messages. `log` instead of an address writes messages to the JSON
 * log. Unset: messages of that channel wait in the outbox and /admin/outbox says why.
 * The SMTP URL holds a password, so no message here repeats it.
 */
import { z } from 'zod';

/** `log`: write messages to the JSON log instead of sending them (trials, demonstrations). */
export const LOG_SENDER = 'log';

export interface MessagingConfig {
  /** `smtp://user:pass@host:port`, `smtps://…`, `log`, or undefined (e-mail waits). */
  smtpUrl: string | undefined;
  /** The From of every e-mail: `地址` or `名称 <地址>`. */
  mailFrom: string | undefined;
  /** An SMS gateway's webhook (`https://…`, POST JSON), `log`, or undefined (text messages wait). */
  smsWebhookUrl: string | undefined;
}

const parsedUrl = (value: string): URL | null => {
  try {
    return new URL(value);
  } catch {
    return null;
  }
};

function isSmtpUrl(value: string): boolean {
  const url = parsedUrl(value);
  return Boolean(url && (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname && (url.pathname === '' || url.pathname === '/') && !url.search);
}

const smtpUrl = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const v = value?.trim();
    if (!v) return undefined;
    if (v === LOG_SENDER || isSmtpUrl(v)) return v;
    ctx.addIssue({ code: 'custom', message: 'GONGKAI_SMTP_URL 应为 smtp://用户名:密码@主机:端口、smtps://用户名:密码@主机:端口 或 log（当前值无效，出于保密不显示）' });
    return z.NEVER;
  });

/** `地址` or `名称 <地址>`, one address, no line breaks (they would forge headers). */
const MAIL_FROM = /^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/;

const mailFrom = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const v = value?.trim();
    if (!v) return undefined;
    if (MAIL_FROM.test(v)) return v;
    ctx.addIssue({ code: 'custom', message: `GONGKAI_MAIL_FROM 应为发件地址，如 gongkai@example.gov.cn 或 政务公开 <gongkai@example.gov.cn>（当前为「${v.replace(/\s+/g, ' ').slice(0, 80)}」）` });
    return z.NEVER;
  });

const smsWebhookUrl = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const v = value?.trim();
    if (!v) return undefined;
    const url = parsedUrl(v);
    if (v === LOG_SENDER || (url && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname)) return v;
    ctx.addIssue({ code: 'custom', message: 'GONGKAI_SMS_WEBHOOK_URL 应为短信网关的 http:// 或 https:// 地址，或 log' });
    return z.NEVER;
  });

/** The variables, spread into config.ts's environment object. */
export const messagingEnvironment = { GONGKAI_SMTP_URL: smtpUrl, GONGKAI_MAIL_FROM: mailFrom, GONGKAI_SMS_WEBHOOK_URL: smsWebhookUrl };

type MessagingEnvironment = { GONGKAI_SMTP_URL?: string; GONGKAI_MAIL_FROM?: string };

/** An SMTP server needs a From address; checked across the two variables. */
export function requireMailFrom(env: MessagingEnvironment, ctx: z.RefinementCtx): void {
  if (env.GONGKAI_SMTP_URL && env.GONGKAI_SMTP_URL !== LOG_SENDER && !env.GONGKAI_MAIL_FROM) {
    ctx.addIssue({ code: 'custom', message: '设置了 GONGKAI_SMTP_URL 时还需设置发件地址 GONGKAI_MAIL_FROM' });
  }
}

export function messagingConfig(env: { GONGKAI_SMTP_URL?: string; GONGKAI_MAIL_FROM?: string; GONGKAI_SMS_WEBHOOK_URL?: string }): MessagingConfig {
  return { smtpUrl: env.GONGKAI_SMTP_URL, mailFrom: env.GONGKAI_MAIL_FROM, smsWebhookUrl: env.GONGKAI_SMS_WEBHOOK_URL };
}
