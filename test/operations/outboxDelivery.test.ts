import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { startSmtpCatcher, type SmtpCatcher } from '../helpers/smtpCatcher.ts';
import { deliverOutbox } from '../../src/app/operations/deliverOutbox.ts';
import { resendOutboxMessage } from '../../src/app/operations/resendOutboxMessage.ts';
import { smtpSender } from '../../src/app/operations/senders/smtpSender.ts';
import { sha256Hex } from '../../src/storage/files/attachmentStore.ts';
import { MAX_ATTEMPTS, RETRY_DELAYS_MS } from '../../src/domain/outbox/outboxMessage.ts';
import { MAIL_FROM, NOTICE, outboxWorld } from './outboxFixtures.ts';

const catchers: SmtpCatcher[] = [];
after(async () => {
  for (const catcher of catchers) await catcher.close();
});
async function catcher(): Promise<SmtpCatcher> {
  const started = await startSmtpCatcher();
  catchers.push(started);
  return started;
}

/** A port nothing listens on: a catcher started and closed again. */
async function closedPort(): Promise<string> {
  const gone = await startSmtpCatcher();
  await gone.close();
  return gone.url;
}

describeEachEngine('outbox: delivery', (open) => {
  it('sends to a real SMTP server: recipient, subject, Chinese body and both kinds of attachment', async () => {
    const world = outboxWorld(await open());
    const smtp = await catcher();
    const letter = Buffer.from('%PDF-1.4 答复书');
    await world.files.put(sha256Hex(letter), letter);
    const { messageId } = await world.enqueue({
      attachments: [
        { name: '补正告知书.pdf', contentType: 'application/pdf', storageKey: sha256Hex(letter) },
        { name: '清单.txt', contentType: 'text/plain', base64: Buffer.from('一、申请内容').toString('base64') },
      ],
    });
    const report = await deliverOutbox(world.system, { email: smtpSender(smtp.url, MAIL_FROM) }, { files: world.files });
    assert.deepEqual(report, { sent: 1, retrying: 0, failed: 0 });
    const [mail] = await smtp.waitFor(1);
    assert.deepEqual(mail!.to, [NOTICE.recipient]);
    assert.equal(mail!.from, 'gongkai@example.gov.cn');
    assert.equal(mail!.subject, NOTICE.subject);
    assert.equal(mail!.text.trim(), NOTICE.body);
    assert.deepEqual(mail!.attachments.map((a) => [a.filename, a.contentType, a.content.toString()]), [
      ['补正告知书.pdf', 'application/pdf', '%PDF-1.4 答复书'],
      ['清单.txt', 'text/plain', '一、申请内容'],
    ]);
    const row = await world.row(messageId);
    assert.deepEqual([row.status, row.attempts, row.sentAt, row.lastError, row.lockedUntil], ['sent', 1, world.clock.now(), null, null]);
    assert.equal(await world.count('audit_events', 'outbox.sent'), 1);
    assert.deepEqual(await deliverOutbox(world.system, { email: smtpSender(smtp.url, MAIL_FROM) }), { sent: 0, retrying: 0, failed: 0 }, 'sent once');
  });

  it('a refusing server: the error is kept in Chinese, a retry is scheduled and then succeeds', async () => {
    const world = outboxWorld(await open());
    const smtp = await catcher();
    const sender = { email: smtpSender(smtp.url, MAIL_FROM) };
    const { messageId } = await world.enqueue();
    smtp.refuse(451);
    assert.deepEqual(await deliverOutbox(world.system, sender), { sent: 0, retrying: 1, failed: 0 });
    let row = await world.row(messageId);
    assert.equal(row.status, 'pending');
    assert.equal(row.attempts, 1);
    assert.match(row.lastError ?? '', /^邮件服务器暂时无法接收（应答 451/);
    assert.equal(row.nextAttemptAt, new Date(Date.parse(world.clock.now()) + RETRY_DELAYS_MS[0]!).toISOString());
    const audit = await world.engine.db.selectFrom('audit_events').select('summary').where('action', '=', 'outbox.retry_scheduled').executeTakeFirstOrThrow();
    assert.match(audit.summary, /第1次发送失败：邮件服务器暂时无法接收/);
    smtp.refuse(null);
    assert.deepEqual(await deliverOutbox(world.system, sender), { sent: 0, retrying: 0, failed: 0 }, 'not before the retry is due');
    world.clock.advanceMinutes(1);
    assert.deepEqual(await deliverOutbox(world.system, sender), { sent: 1, retrying: 0, failed: 0 });
    row = await world.row(messageId);
    assert.deepEqual([row.status, row.attempts, row.lastError], ['sent', 2, null]);
    assert.equal((await smtp.waitFor(1)).length, 1);
  });

  it('a closed port: every attempt fails with backoff until the message is failed; 重新发送 queues it again', async () => {
    const world = outboxWorld(await open());
    const sender = { email: smtpSender(await closedPort(), MAIL_FROM, 5_000) };
    const { messageId } = await world.enqueue();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const report = await deliverOutbox(world.system, sender);
      assert.deepEqual(report, attempt < MAX_ATTEMPTS ? { sent: 0, retrying: 1, failed: 0 } : { sent: 0, retrying: 0, failed: 1 });
      const row = await world.row(messageId);
      assert.equal(row.lastError, '无法连接邮件服务器：连接被拒绝（服务未启动或端口错误）');
      if (row.status === 'pending') waits.push((Date.parse(row.nextAttemptAt) - Date.parse(world.clock.now())) / 60_000);
      world.clock.advanceMinutes(24 * 60);
    }
    assert.deepEqual(waits, [1, 5, 30, 120, 360]);
    assert.equal((await world.row(messageId)).status, 'failed');
    assert.equal(await world.count('audit_events', 'outbox.failed'), 1);
    assert.deepEqual(await deliverOutbox(world.system, sender), { sent: 0, retrying: 0, failed: 0 }, 'a failed message is left alone');
    await resendOutboxMessage(world.system, messageId);
    const row = await world.row(messageId);
    assert.deepEqual([row.status, row.attempts, row.nextAttemptAt], ['pending', 0, world.clock.now()]);
    assert.equal(await world.count('audit_events', 'outbox.resent'), 1);
    await assert.rejects(resendOutboxMessage(world.system, messageId), /只有发送失败的消息可以重新发送/);
  });

  it('one run sends full batches one after another, and stops after a batch with a failure', async () => {
    const world = outboxWorld(await open());
    const smtp = await catcher();
    for (let i = 1; i <= 5; i += 1) await world.enqueue({ subject: `批量 第${i}号` });
    assert.deepEqual(await deliverOutbox(world.system, { email: smtpSender(smtp.url, MAIL_FROM) }, { batchSize: 2 }), { sent: 5, retrying: 0, failed: 0 });
    for (let i = 1; i <= 5; i += 1) await world.enqueue({ subject: `再批 第${i}号` });
    smtp.refuse(451);
    assert.deepEqual(await deliverOutbox(world.system, { email: smtpSender(smtp.url, MAIL_FROM) }, { batchSize: 2 }), { sent: 0, retrying: 2, failed: 0 });
  });

  it('a channel without a sender keeps its messages pending and untouched', async () => {
    const world = outboxWorld(await open());
    const smtp = await catcher();
    const { messageId } = await world.enqueue({ channel: 'sms', recipient: '13800138000', subject: '' });
    assert.deepEqual(await deliverOutbox(world.system, { email: smtpSender(smtp.url, MAIL_FROM) }), { sent: 0, retrying: 0, failed: 0 });
    assert.deepEqual(await deliverOutbox(world.system, {}), { sent: 0, retrying: 0, failed: 0 });
    const row = await world.row(messageId);
    assert.deepEqual([row.status, row.attempts], ['pending', 0]);
  });

  it('a sender that never answers is given up after the time limit and retried', async () => {
    const world = outboxWorld(await open());
    const { messageId } = await world.enqueue();
    const silent = { description: '不应答', send: (_m: unknown, signal: AbortSignal) => new Promise<void>((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))) };
    assert.deepEqual(await deliverOutbox(world.system, { email: silent }, { timeoutMs: 200 }), { sent: 0, retrying: 1, failed: 0 });
    assert.equal((await world.row(messageId)).lastError, '发送超时（200毫秒内没有完成）');
  });
});
