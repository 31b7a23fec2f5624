import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_ATTEMPTS, maskRecipient, nextAttemptAfter, outboxMessageIssues } from '../../src/domain/outbox/outboxMessage.ts';

const AT = '2026-03-02T02:00:00.000Z';
const minutesAfter = (instant: string | null) => (instant ? (Date.parse(instant) - Date.parse(AT)) / 60_000 : null);

describe('outbox message rules', () => {
  it('waits 1 min, 5 min, 30 min, 2 h, 6 h after the failed attempts, then gives up', () => {
    const waits = Array.from({ length: MAX_ATTEMPTS }, (_, i) => minutesAfter(nextAttemptAfter(AT, i + 1)));
    assert.deepEqual(waits, [1, 5, 30, 120, 360, null]);
  });

  it('accepts a well-formed e-mail and text message', () => {
    assert.deepEqual(outboxMessageIssues({ channel: 'email', recipient: 'wang@nx.gov.cn', subject: '提醒', body: '正文' }), []);
    assert.deepEqual(outboxMessageIssues({ channel: 'sms', recipient: '+8613800138000', subject: '', body: '正文' }), []);
  });

  it('lists every problem of a message by field', () => {
    const issues = outboxMessageIssues({ channel: 'email', recipient: 'not-an-address', subject: '', body: '' });
    assert.deepEqual(issues.map((i) => i.path), ['recipient', 'subject', 'body']);
    assert.match(outboxMessageIssues({ channel: 'fax' as never, recipient: '1', subject: 's', body: 'b' })[0]!.message, /发送方式「fax」无效/);
  });

  it('masks recipients for the audit log', () => {
    assert.equal(maskRecipient('email', 'zhang.san@example.cn'), 'z***@example.cn');
    assert.equal(maskRecipient('sms', '13800138000'), '138****8000');
    assert.equal(maskRecipient('email', '@x'), '***');
  });
});
