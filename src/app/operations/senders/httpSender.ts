import { describeNetworkError, SendFailure, type MessageSender } from './sender.ts';

/**
 * Text messages through an SMS gateway's webhook: one POST of JSON
 * `{ "id", "to", "subject", "text" }` per message; any 2xx answer means accepted. Credentials in the
 * URL (`https://user:key@gateway/…`) are sent as HTTP Basic authentication.
 * `id` is the outbox id, so a gateway can drop the repeat of a message that was resent
 * after a lost answer.
 */
export function httpSender(webhookUrl: string): MessageSender {
  const url = new URL(webhookUrl);
  // fetch refuses a URL with credentials: they travel as HTTP Basic authentication instead (RFC 7617).
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (url.username) headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
  url.username = '';
  url.password = '';
  return {
    description: `经短信网关 ${url.host} 发送`,
    async send(message, signal) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ id: message.id, to: message.recipient, subject: message.subject, text: message.body }),
          signal,
          redirect: 'error',
        });
      } catch (error) {
        if (signal.aborted) throw new SendFailure('短信网关在规定时间内没有应答');
        throw new SendFailure(describeNetworkError('短信网关', error) ?? '无法连接短信网关');
      }
      await response.body?.cancel();
      if (!response.ok) throw new SendFailure(`短信网关拒绝了该消息（HTTP ${response.status}）`);
    },
  };
}
