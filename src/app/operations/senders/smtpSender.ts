import { createTransport } from 'nodemailer';
import { describeNetworkError, SendFailure, SEND_TIMEOUT_MS, type MessageSender } from './sender.ts';

/** What an SMTP reply code class means (RFC 5321 §4.2.1): 4xx is transient, 5xx permanent. */
function describeSmtpReply(code: number, reply: string): string {
  const text = reply.replace(/\s+/g, ' ').slice(0, 200);
  const meaning = code >= 500 ? '邮件服务器拒收' : '邮件服务器暂时无法接收';
  return `${meaning}（应答 ${text || code}）`;
}

/** An SMTP error (nodemailer's `code`, `responseCode`, `response`) as one Chinese line. */
export function describeSmtpError(error: unknown): string {
  const e = (error ?? {}) as { code?: string; responseCode?: number; response?: string };
  if (e.code === 'EAUTH') return '邮件服务器拒绝登录：用户名或密码错误';
  if (e.code === 'ETLS' || e.code === 'EREQUIRETLS') return '与邮件服务器建立加密连接失败（检查 smtps:// 与端口是否匹配）';
  if (e.code === 'ETIMEDOUT') return '邮件服务器在规定时间内没有应答';
  if (typeof e.responseCode === 'number') return describeSmtpReply(e.responseCode, e.response ?? '');
  return describeNetworkError('邮件服务器', error) ?? '发送邮件失败（邮件服务器连接异常）';
}

/** The address of an SMTP URL without its credentials, for the admin page and logs. */
export function smtpEndpoint(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  return `${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}`;
}

/**
 * E-mail through an SMTP server: `smtp://user:pass@host:port` (STARTTLS when the server offers it)
 * or `smtps://…` (TLS from the start, port 465 by default). Each phase of the dialogue has a time limit,
 * so a silent server cannot hold the delivery job.
 */
export function smtpSender(smtpUrl: string, from: string, timeoutMs = SEND_TIMEOUT_MS): MessageSender {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const user = decodeURIComponent(url.username);
  const transport = createTransport({
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: Number(url.port || (secure ? 465 : 587)),
    secure,
    auth: user ? { user, pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return {
    description: `经邮件服务器 ${smtpEndpoint(smtpUrl)} 发送`,
    async send(message, signal) {
      if (signal.aborted) throw new SendFailure('邮件服务器在规定时间内没有应答');
      try {
        await transport.sendMail({
          from,
          to: message.recipient,
          subject: message.subject,
          text: message.body,
          attachments: message.attachments.map((a) => ({ filename: a.name, contentType: a.contentType, content: Buffer.from(a.content) })),
        });
      } catch (error) {
        throw new SendFailure(describeSmtpError(error));
      }
    },
    close: () => transport.close(),
  };
}
