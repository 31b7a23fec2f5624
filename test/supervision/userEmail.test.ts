/**
 * users.email (migration 0012): where the weekly summary of a person's work queue goes. Set on the user page
 * and when creating an account; a malformed address is refused in Chinese and nothing is written; audited
 * without the address; an agency admin only for their own agency's staff.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { setUserEmail } from '../../src/app/accounts/setUserEmail.ts';
import { queryAuditEvents } from '../../src/storage/repositories/audit.repository.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';
import { contextFor } from '../helpers/appContext.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp, PASSWORD } from '../helpers/webApp.ts';

describeEachEngine('staff e-mail addresses', (open) => {
  it('creates an account with an address and refuses a malformed one in Chinese, writing nothing', async () => {
    const web = await buildWebTestApp(await open());
    const admin = await web.signedIn('adminA');
    await admin.get('/admin/users');
    const bad = await admin.post('/admin/users', { username: 'new-editor', displayName: '新填表人', email: 'zhang@', roles: 'editor', agencyId: web.agencyA, password: PASSWORD });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /class="field-error">电子邮件地址格式不正确/);
    assert.equal(await findUserByUsername(web.engine.db, 'new-editor'), undefined);
    const created = await admin.post('/admin/users', { username: 'new-editor', displayName: '新填表人', email: ' zhang@example.cn ', roles: 'editor', agencyId: web.agencyA, password: PASSWORD });
    assert.equal(created.statusCode, 303);
    assert.equal((await findUserByUsername(web.engine.db, 'new-editor'))!.email, 'zhang@example.cn');
  });

  it('sets and clears the address on the user page; audited without the address', async () => {
    const web = await buildWebTestApp(await open());
    const admin = await web.signedIn('adminA');
    const editor = (await findUserByUsername(web.engine.db, 'editorA'))!;
    assert.match((await admin.get(`/admin/users/${editor.id}`)).body, /<dd>未填写<\/dd>/);
    const bad = await admin.post(`/admin/users/${editor.id}/email`, { email: 'not an address' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /电子邮件地址格式不正确/);
    assert.equal((await findUserByUsername(web.engine.db, 'editorA'))!.email, null);
    assert.equal((await admin.post(`/admin/users/${editor.id}/email`, { email: 'yyh@example.cn' })).statusCode, 303);
    const page = await admin.get(`/admin/users/${editor.id}?done=email`);
    assert.match(page.body, /已保存电子邮件地址/);
    assert.match(page.body, /value="yyh@example.cn"/);
    assert.equal((await admin.post(`/admin/users/${editor.id}/email`, { email: '' })).statusCode, 303);
    assert.equal((await findUserByUsername(web.engine.db, 'editorA'))!.email, null);
    const { events } = await queryAuditEvents(web.engine.db, { limit: 50, offset: 0 });
    const changes = events.filter((e) => e.action === 'user.email_changed' && e.entityId === editor.id);
    assert.equal(changes.length, 2);
    assert.ok(!JSON.stringify(changes).includes('yyh@'), 'the address itself is not in the audit log');
  });

  it("refuses an agency admin another agency's staff, and any address the outbox could not send to", async () => {
    const web = await buildWebTestApp(await open());
    const editorB = (await findUserByUsername(web.engine.db, 'editorB'))!;
    const adminA = await web.signedIn('adminA');
    await adminA.get('/admin/users');
    assert.equal((await adminA.post(`/admin/users/${editorB.id}/email`, { email: 'b@example.cn' })).statusCode, 403);
    const system = contextFor(web.engine, undefined, web.clock);
    for (const email of ['a@b', 'two words@example.cn', '<x@example.cn>']) {
      await assert.rejects(setUserEmail(system, { userId: editorB.id, email }), /电子邮件地址「.*」格式不正确/, email);
    }
    assert.equal((await findUserByUsername(web.engine.db, 'editorB'))!.email, null);
  });
});
