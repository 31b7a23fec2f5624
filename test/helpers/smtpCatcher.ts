/**
 * A real SMTP server on 127.0.0.1 (random port) that keeps what it receives, for tests of the outbox's
 * SMTP sender: nodemailer speaks the whole dialogue to it, and each message is parsed back with
 * mailparser so a test can read recipient, subject, the Chinese body and attachments.
 *
 *   const catcher = await startSmtpCatcher();
 *   … smtpSender(catcher.url, 'gongkai@example.gov.cn') …
 *   await catcher.waitFor(1); catcher.messages[0].subject
 *   catcher.refuse(451)  // every later message is refused with that reply code
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface CaughtMail {
  from: string;
  /** RCPT TO addresses, as the envelope had them. */
  to: string[];
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: Buffer }[];
}

export interface SmtpCatcher {
  /** smtp://127.0.0.1:PORT (no credentials: the catcher accepts anyone). */
  url: string;
  port: number;
  messages: CaughtMail[];
  /** Refuse every later message with this SMTP reply code (4xx transient, 5xx permanent); null accepts again. */
  refuse(code: number | null): void;
  /** Resolves once `count` messages have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<CaughtMail[]>;
  close(): Promise<void>;
}

function refusal(code: number): Error {
  return Object.assign(new Error(code >= 500 ? 'Mailbox unavailable (test catcher refuses)' : 'Try again later (test catcher refuses)'), { responseCode: code });
}

export async function startSmtpCatcher(): Promise<SmtpCatcher> {
  const messages: CaughtMail[] = [];
  const waiters = new Set<() => void>();
  let refuseCode: number | null = null;
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          if (refuseCode !== null) return callback(refusal(refuseCode));
          messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            attachments: mail.attachments.map((a) => ({ filename: a.filename ?? '', contentType: a.contentType, content: a.content })),
          });
          callback();
          for (const wake of waiters) wake();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    refuse(code) {
      refuseCode = code;
    },
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(messages);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`SMTP catcher: ${messages.length} of ${count} messages arrived`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
