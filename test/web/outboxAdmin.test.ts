import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor } from '../helpers/appContext.ts';
import { startSmtpCatcher } from '../helpers/smtpCatcher.ts';
import { buildWebTestApp, PASSWORD, type WebTestApp } from '../helpers/webApp.ts';
import { createUser } from '../../src/app/accounts/createUser.ts';
import { enqueueMessage } from '../../src/app/operations/enqueueMessage.ts';
import { deliverOutbox } from '../../src/app/operations/deliverOutbox.ts';
import { smtpSender } from '../../src/app/operations/senders/smtpSender.ts';
import { MAX_ATTEMPTS } from '../../src/domain/outbox/outboxMessage.ts';
import { findOutboxMessage } from '../../src/storage/repositories/outbox.repository.ts';
import { MAIL_FROM, NOTICE } from '../operations/outboxFixtures.ts';

/** One message for agency A that has used all its attempts against a closed port, one pending text message for B. */
async function outboxScene(web: WebTestApp) {
  const system = contextFor(web.engine, undefined, web.clock);
  const failedA = await enqueueMessage(system, { ...NOTICE, agencyId: web.agencyA, subject: '甲单位：答复告知书' });
  const pendingB = await enqueueMessage(system, { ...NOTICE, agencyId: web.agencyB, channel: 'sms', recipient: '13900139000', subject: '', body: '乙单位：您的申请已受理。' });
  const gone = await startSmtpCatcher();
  await gone.close();
  for (let i = 0; i < MAX_ATTEMPTS; i += 1) {
    await deliverOutbox(system, { email: smtpSender(gone.url, MAIL_FROM) });
    web.clock.advanceMinutes(24 * 60);
  }
  return { failedA: failedA.messageId, pendingB: pendingB.messageId };
}

async function signIn(web: WebTestApp, username: string) {
  const client = web.client();
  assert.equal((await client.login(username, PASSWORD)).statusCode, 303);
  return client;
}

describeEachEngine('发件箱 in the back office', (open) => {
  it('shows an agency admin the agency’s messages with status, attempts and the last error in Chinese, and resends a failed one', async () => {
    const web = await buildWebTestApp(await open());
    const { failedA } = await outboxScene(web);
    const admin = await web.signedIn('adminA');
    const dashboard = (await admin.get('/admin')).body;
    assert.match(dashboard, /href="\/admin\/outbox"/, 'linked from the 工作台');
    assert.match(dashboard, /href="\/admin\/outbox\?status=failed"[^>]*>1 条发送失败</, 'with the failed messages counted');
    const page = await admin.get('/admin/outbox');
    assert.equal(page.statusCode, 200);
    for (const text of ['发件箱', '甲单位：答复告知书', NOTICE.recipient, '发送失败', '最后一次错误：无法连接邮件服务器：连接被拒绝', `<td>${MAX_ATTEMPTS}</td>`, '重新发送', '尚未配置邮件发送服务']) {
      assert.ok(page.body.includes(text), text);
    }
    assert.ok(!page.body.includes('乙单位'), 'another agency’s message is not listed');
    assert.ok(!(await admin.get('/admin/outbox?status=sent')).body.includes('甲单位：答复告知书'), 'the status filter applies');

    const forged = await admin.post(`/admin/outbox/${failedA}/resend`, {}, null);
    assert.equal(forged.statusCode, 403, 'no CSRF token, no resend');
    assert.equal((await findOutboxMessage(web.engine.db, failedA))?.status, 'failed');
    await admin.get('/admin/outbox');
    const resent = await admin.post(`/admin/outbox/${failedA}/resend`, {});
    assert.equal(resent.statusCode, 303);
    assert.equal(resent.headers.location, '/admin/outbox?done=resent');
    const row = (await findOutboxMessage(web.engine.db, failedA))!;
    assert.deepEqual([row.status, row.attempts], ['pending', 0]);
    assert.match((await admin.get('/admin/outbox?done=resent')).body, /该消息已重新加入发送队列/);
    const audit = await web.engine.db.selectFrom('audit_events').selectAll().where('action', '=', 'outbox.resent').executeTakeFirstOrThrow();
    assert.equal(audit.actor_name, '单位管理员甲');
    assert.match((await admin.get('/admin/audit')).body, /<td data-label="操作" class="cell-nowrap">重新发送<\/td>/, 'the audit log names it in Chinese');
  });

  it('keeps agencies apart: B’s admin neither sees nor resends A’s messages; staff without admin rights get 403', async () => {
    const web = await buildWebTestApp(await open());
    const { failedA, pendingB } = await outboxScene(web);
    await createUser(contextFor(web.engine), { username: 'adminB', displayName: '单位管理员乙', password: PASSWORD, roles: ['agency_admin'], agencyId: web.agencyB, regionId: null });
    const adminB = await signIn(web, 'adminB');
    const page = await adminB.get('/admin/outbox');
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes('乙单位：您的申请已受理。') && page.body.includes('13900139000'));
    assert.match(page.body, /尚未配置短信网关/, 'says why the text message waits');
    assert.ok(!page.body.includes('甲单位') && !page.body.includes(NOTICE.recipient));
    const refused = await adminB.post(`/admin/outbox/${failedA}/resend`, {});
    assert.equal(refused.statusCode, 403);
    assert.equal((await findOutboxMessage(web.engine.db, failedA))?.status, 'failed');
    for (const user of ['editorA', 'supervisor'] as const) {
      const staff = await web.signedIn(user);
      assert.equal((await staff.get('/admin/outbox')).statusCode, 403, user);
      assert.ok(!(await staff.get('/admin')).body.includes('href="/admin/outbox"'), `${user} has no link`);
    }
    const sysadmin = await web.signedIn('sysadmin');
    const all = (await sysadmin.get('/admin/outbox')).body;
    assert.ok(all.includes('甲单位：答复告知书') && all.includes('乙单位：您的申请已受理。'), 'a system admin sees every agency');
    assert.ok(all.includes('<td>中卫市沙坡头区医疗保障局</td>'), 'with the agency’s name');
    assert.equal((await sysadmin.post(`/admin/outbox/${pendingB}/resend`, {})).statusCode, 400, 'only failed messages are resent');
  });
});
