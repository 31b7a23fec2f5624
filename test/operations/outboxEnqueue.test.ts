import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { inTransaction } from '../../src/app/context.ts';
import { enqueueMessage } from '../../src/app/operations/enqueueMessage.ts';
import { deliverOutbox } from '../../src/app/operations/deliverOutbox.ts';
import { logSender } from '../../src/app/operations/senders/logSender.ts';
import { NOTICE, outboxWorld } from './outboxFixtures.ts';

describeEachEngine('outbox: enqueueing', (open) => {
  it('queues a message with its audit event, both inside the caller’s transaction', async () => {
    const world = outboxWorld(await open());
    const { messageId } = await inTransaction(world.system, (tx) => enqueueMessage(tx, NOTICE));
    const row = await world.row(messageId);
    assert.equal(row.status, 'pending');
    assert.equal(row.attempts, 0);
    assert.equal(row.nextAttemptAt, world.clock.now());
    assert.deepEqual([row.subjectType, row.subjectId, row.recipient, row.body], ['application', 'app-1', NOTICE.recipient, NOTICE.body]);
    const audit = await world.engine.db.selectFrom('audit_events').selectAll().where('action', '=', 'outbox.enqueued').executeTakeFirstOrThrow();
    assert.equal(audit.entity_id, messageId);
    assert.match(audit.summary, /电子邮件「补正告知书（〔2026〕3号）」（收件人 z\*\*\*@example\.cn）已加入发件箱/);
    assert.ok(!audit.summary.includes('zhang.san') && !(audit.after_json ?? '').includes('zhang.san'), 'the audit log never carries the full address');
  });

  it('leaves nothing when the caller’s transaction rolls back: no message, no audit event', async () => {
    const world = outboxWorld(await open());
    await assert.rejects(
      inTransaction(world.system, async (tx) => {
        await enqueueMessage(tx, NOTICE);
        throw new Error('the state change failed after the notice was queued');
      }),
      /state change failed/,
    );
    assert.equal(await world.count('outbox'), 0);
    assert.equal(await world.count('audit_events', 'outbox.enqueued'), 0);
  });

  for (const [input, message] of [
    [{ recipient: '  ' }, /收件人不能为空/],
    [{ recipient: 'zhang.san@' }, /电子邮件地址「zhang\.san@」格式不正确/],
    [{ recipient: '张三 <a@b.cn>' }, /格式不正确/],
    [{ channel: 'sms' as const, recipient: '1380013800' }, /手机号码「1380013800」格式不正确/],
    [{ body: ' \n' }, /消息正文不能为空/],
    [{ subject: '' }, /邮件主题不能为空/],
    [{ subject: '主题\r\nBcc: x@y.cn' }, /主题应为一行/],
    [{ channel: 'sms' as const, recipient: '13800138000', attachments: [{ name: 'a.pdf', contentType: 'application/pdf', base64: 'AAAA' }] }, /短信不能带附件/],
    [{ attachments: [{ name: 'a.pdf', contentType: 'application/pdf', base64: 'A'.repeat(400_000) }] }, /超过 256 KB/],
    [{ attachments: [{ name: 'a.pdf', contentType: 'application/pdf', storageKey: '../../etc/passwd' }] }, /存储编号无效/],
    [{ sendAfter: '明天上午' }, /发送时间「明天上午」无效/],
  ] as const) {
    it(`refuses ${JSON.stringify(input).slice(0, 70)} with a Chinese message and writes nothing`, async () => {
      const world = outboxWorld(await open());
      await assert.rejects(world.enqueue(input), (error: Error) => message.test(error.message) && error.message.startsWith('消息无法加入发件箱：'));
      assert.equal(await world.count('outbox'), 0);
      assert.equal(await world.count('audit_events'), 0);
    });
  }

  it('normalises a mobile number and keeps a later send time', async () => {
    const world = outboxWorld(await open());
    const { messageId } = await world.enqueue({ channel: 'sms', recipient: '138-0013 8000', subject: '', sendAfter: '2026-03-03T08:00:00+08:00' });
    const row = await world.row(messageId);
    assert.equal(row.recipient, '13800138000');
    assert.equal(row.nextAttemptAt, '2026-03-03T00:00:00.000Z');
  });

  it('the log sender writes the whole message to the JSON log and marks it sent', async () => {
    const world = outboxWorld(await open());
    const lines: Record<string, unknown>[] = [];
    const log = { info: (fields: Record<string, unknown>) => lines.push(fields), error: () => undefined };
    const { messageId } = await world.enqueue({ attachments: [{ name: '告知书.txt', contentType: 'text/plain', base64: Buffer.from('补正').toString('base64') }] });
    assert.deepEqual(await deliverOutbox(world.system, { email: logSender(log) }), { sent: 1, retrying: 0, failed: 0 });
    assert.deepEqual(lines[0]?.outbox, {
      id: messageId, channel: 'email', to: NOTICE.recipient, subject: NOTICE.subject, text: NOTICE.body,
      attachments: [{ name: '告知书.txt', contentType: 'text/plain', bytes: 6 }],
    });
    assert.equal((await world.row(messageId)).status, 'sent');
  });
});
