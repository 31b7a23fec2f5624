import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { httpSender } from '../../src/app/operations/senders/httpSender.ts';
import { channelSetup, sendersFromConfig } from '../../src/app/operations/senders/configuredSenders.ts';
import { describeSmtpError } from '../../src/app/operations/senders/smtpSender.ts';
import type { OutgoingMessage } from '../../src/app/operations/senders/sender.ts';

const SMS: OutgoingMessage = { id: 'm1', channel: 'sms', recipient: '13800138000', subject: '', body: '您的申请（受理编号 GY2026-0001）已受理。', attachments: [] };
const silentLog = { info: () => undefined, error: () => undefined };

/** A loopback SMS gateway answering every POST with `status`, keeping the JSON bodies. */
async function gateway(status: number): Promise<{ url: string; bodies: unknown[]; server: Server }> {
  const bodies: unknown[] = [];
  const read = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  };
  const server = createServer((request, response) => {
    void read(request).then((body) => {
      bodies.push({ method: request.method, type: request.headers['content-type'], auth: request.headers.authorization, body });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`, bodies, server };
}

describe('outbox senders', () => {
  const servers: Server[] = [];
  after(() => servers.forEach((s) => s.close()));

  it('the HTTP sender POSTs the text message as JSON to the gateway', async () => {
    const gw = await gateway(202);
    servers.push(gw.server);
    await httpSender(gw.url).send(SMS, new AbortController().signal);
    assert.deepEqual(gw.bodies, [{ method: 'POST', type: 'application/json; charset=utf-8', auth: undefined, body: { id: 'm1', to: '13800138000', subject: '', text: SMS.body } }]);
    const withKey = httpSender(gw.url.replace('http://', 'http://gk:k%40y@'));
    assert.equal(withKey.description, `经短信网关 ${new URL(gw.url).host} 发送`);
    await withKey.send(SMS, new AbortController().signal);
    assert.equal((gw.bodies[1] as { auth?: string }).auth, `Basic ${Buffer.from('gk:k@y').toString('base64')}`, 'URL credentials go as Basic authentication');
  });

  it('a gateway error or a closed port is a Chinese failure', async () => {
    const gw = await gateway(500);
    servers.push(gw.server);
    await assert.rejects(httpSender(gw.url).send(SMS, new AbortController().signal), { name: 'SendFailure', message: '短信网关拒绝了该消息（HTTP 500）' });
    const closed = await gateway(200);
    closed.server.close();
    await assert.rejects(httpSender(closed.url).send(SMS, new AbortController().signal), { message: '无法连接短信网关：连接被拒绝（服务未启动或端口错误）' });
  });

  it('SMTP errors read as Chinese lines', () => {
    assert.equal(describeSmtpError(Object.assign(new Error('Invalid login: 535'), { code: 'EAUTH', responseCode: 535 })), '邮件服务器拒绝登录：用户名或密码错误');
    assert.equal(describeSmtpError(Object.assign(new Error('x'), { code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 No such user' })), '邮件服务器拒收（应答 550 5.1.1 No such user）');
    assert.equal(describeSmtpError(Object.assign(new Error('getaddrinfo ENOTFOUND mail.invalid'), { code: 'EDNS' })), '无法连接邮件服务器：找不到该主机名');
  });

  it('configuration chooses the senders; an unset channel has none and says why, without credentials', () => {
    const none = sendersFromConfig({ smtpUrl: undefined, mailFrom: undefined, smsWebhookUrl: undefined }, silentLog);
    assert.deepEqual(Object.keys(none), []);
    const config = { smtpUrl: 'smtps://gk:s3cret@mail.example.gov.cn', mailFrom: 'gk@example.gov.cn', smsWebhookUrl: 'log' };
    const senders = sendersFromConfig(config, silentLog);
    assert.equal(senders.email?.description, '经邮件服务器 mail.example.gov.cn:465 发送');
    assert.equal(senders.sms?.description, '写入运行日志（不实际发送）');
    senders.email?.close?.();
    const setup = channelSetup({ ...config, smsWebhookUrl: undefined });
    assert.equal(setup[0]?.sender, '经邮件服务器 mail.example.gov.cn:465 发送，发件人 gk@example.gov.cn');
    assert.match(setup[1]?.reason ?? '', /^尚未配置短信网关/);
    assert.ok(!JSON.stringify(setup).includes('s3cret'));
  });
});
