import { LOG_SENDER, type MessagingConfig } from '../../../config/messaging.ts';
import { OUTBOX_CHANNELS, type OutboxChannel } from '../../../domain/outbox/outboxMessage.ts';
import type { JobLog } from '../job.ts';
import { httpSender } from './httpSender.ts';
import { logSender } from './logSender.ts';
import type { OutboxSenders } from './sender.ts';
import { smtpEndpoint, smtpSender } from './smtpSender.ts';

/** Why a channel's messages wait: shown on /admin/outbox next to them. */
export const NO_SENDER_REASONS: Record<OutboxChannel, string> = {
  email: '尚未配置邮件发送服务（系统管理员设置环境变量 GONGKAI_SMTP_URL 和 GONGKAI_MAIL_FROM 后重启），电子邮件保留在发件箱中，配置后自动发送',
  sms: '尚未配置短信网关（系统管理员设置环境变量 GONGKAI_SMS_WEBHOOK_URL 后重启），短信保留在发件箱中，配置后自动发送',
};

/** The senders the configuration names: SMTP or the log for e-mail, an HTTP webhook or the log for text messages. */
export function sendersFromConfig(config: MessagingConfig, log: JobLog): OutboxSenders {
  const senders: OutboxSenders = {};
  if (config.smtpUrl === LOG_SENDER) senders.email = logSender(log);
  else if (config.smtpUrl && config.mailFrom) senders.email = smtpSender(config.smtpUrl, config.mailFrom);
  if (config.smsWebhookUrl === LOG_SENDER) senders.sms = logSender(log);
  else if (config.smsWebhookUrl) senders.sms = httpSender(config.smsWebhookUrl);
  return senders;
}

export interface ChannelSetup {
  channel: OutboxChannel;
  /** How messages leave (「经邮件服务器 … 发送」), or null when nothing is configured. */
  sender: string | null;
  /** Why messages of the channel wait, when nothing is configured. */
  reason: string | null;
}

/** What the admin page says about each channel, read from the configuration without opening any connection. */
export function channelSetup(config: MessagingConfig): ChannelSetup[] {
  const described: Record<OutboxChannel, string | null> = {
    email: config.smtpUrl === LOG_SENDER ? '写入运行日志（不实际发送）' : config.smtpUrl && config.mailFrom ? `经邮件服务器 ${smtpEndpoint(config.smtpUrl)} 发送，发件人 ${config.mailFrom}` : null,
    sms: config.smsWebhookUrl === LOG_SENDER ? '写入运行日志（不实际发送）' : config.smsWebhookUrl ? `经短信网关 ${new URL(config.smsWebhookUrl).host} 发送` : null,
  };
  return OUTBOX_CHANNELS.map((channel) => ({ channel, sender: described[channel], reason: described[channel] ? null : NO_SENDER_REASONS[channel] }));
}
