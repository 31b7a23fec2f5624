import type { JobLog } from '../job.ts';
import type { MessageSender } from './sender.ts';

/**
 * Writes each message to the JSON log instead of sending it (GONGKAI_SMTP_URL=log or
 * GONGKAI_SMS_WEBHOOK_URL=log): for trials and demonstrations, where nobody should receive mail.
 * The whole message is logged, recipient included, so it is not for production data.
 */
export function logSender(log: JobLog): MessageSender {
  return {
    description: '写入运行日志（不实际发送）',
    async send(message) {
      log.info(
        {
          outbox: {
            id: message.id, channel: message.channel, to: message.recipient, subject: message.subject, text: message.body,
            attachments: message.attachments.map((a) => ({ name: a.name, contentType: a.contentType, bytes: a.content.byteLength })),
          },
        },
        'outbox message',
      );
    },
  };
}
