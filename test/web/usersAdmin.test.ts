import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp, PASSWORD, type WebTestApp } from '../helpers/webApp.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';
import { queryAuditEvents } from '../../src/storage/repositories/audit.repository.ts';

const NEW_PASSWORD = 'a-brand-new-secret';

async function idOf(web: WebTestApp, username: string): Promise<string> {
  return (await findUserByUsername(web.engine.db, username))!.id;
}

async function actionsOf(web: WebTestApp, entityId: string): Promise<string[]> {
  const { events } = await queryAuditEvents(web.engine.db, { limit: 200, offset: 0 });
  return events.filter((e) => e.entityId === entityId).map((e) => e.action);
}

describeEachEngine('用户管理 in the back office', (open) => {
  it('lets a system admin add a reviewer who can then sign in; the change is audited with a Chinese label', async () => {
    const web = await buildWebTestApp(await open());
    const admin = await web.signedIn('sysadmin');
    assert.match((await admin.get('/admin')).body, /href="\/admin\/users"/);
    const page = await admin.get('/admin/users');
    assert.equal(page.statusCode, 200);
    for (const heading of ['用户名', '姓名', '单位', '角色', '状态', '最近登录', '复核人', '单位管理员甲']) assert.ok(page.body.includes(heading), heading);
    const short = await admin.post('/admin/users', { username: 'new-reviewer', displayName: '新复核人', roles: 'reviewer', agencyId: web.agencyA, password: 'short' });
    assert.equal(short.statusCode, 400);
    assert.match(short.body, /class="field-error">至少10个字符/);
    assert.equal(await findUserByUsername(web.engine.db, 'new-reviewer'), undefined, 'nothing half-written');
    const created = await admin.post('/admin/users', { username: 'new-reviewer', displayName: '新复核人', roles: 'reviewer', agencyId: web.agencyA, password: NEW_PASSWORD });
    assert.equal(created.statusCode, 303);
    const user = (await findUserByUsername(web.engine.db, 'new-reviewer'))!;
    assert.deepEqual([user.roles, user.agencyId], [['reviewer'], web.agencyA]);
    assert.equal((await web.client().login('new-reviewer', NEW_PASSWORD)).statusCode, 303);
    assert.deepEqual(await actionsOf(web, user.id), ['auth.login', 'user.created']);
    const audit = await admin.get('/admin/audit');
    assert.ok(audit.body.includes('<td data-label="操作" class="cell-nowrap">新建用户</td>'), 'the action is shown by its Chinese label');
    assert.ok(!audit.body.replace(/<[^>]*>/g, ' ').includes('user.created'), 'no action code in the text of the page');
  });

  it("keeps an agency admin to their own agency's staff: 403 on agency B, no 系统管理员, no raising themselves", async () => {
    const web = await buildWebTestApp(await open());
    const adminA = await web.signedIn('adminA');
    const list = await adminA.get('/admin/users');
    assert.equal(list.statusCode, 200);
    assert.ok(list.body.includes('editorA') && !list.body.includes('editorB'), 'only agency A is listed');
    assert.ok(!list.body.includes('value="system_admin"'), 'system_admin is not offered');
    const editorB = await idOf(web, 'editorB');
    assert.equal((await adminA.get(`/admin/users/${editorB}`)).statusCode, 403);
    for (const [path, form] of [['access', { roles: 'approver', agencyId: web.agencyB }], ['status', { enabled: '0' }], ['password', { password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD }]] as const) {
      assert.equal((await adminA.post(`/admin/users/${editorB}/${path}`, form)).statusCode, 403, path);
    }
    const editorA = await idOf(web, 'editorA');
    assert.equal((await adminA.post(`/admin/users/${editorA}/access`, { roles: ['editor', 'system_admin'], agencyId: web.agencyA })).statusCode, 403);
    assert.equal((await adminA.post(`/admin/users/${editorA}/access`, { roles: 'editor', agencyId: web.agencyB })).statusCode, 403, 'cannot move staff to B');
    assert.equal((await adminA.post('/admin/users', { username: 'boss', displayName: '老板', roles: 'system_admin', agencyId: web.agencyA, password: NEW_PASSWORD })).statusCode, 403);
    const self = await idOf(web, 'adminA');
    assert.equal((await adminA.post(`/admin/users/${self}/access`, { roles: ['agency_admin', 'approver'], agencyId: web.agencyA })).statusCode, 403);
    assert.deepEqual((await findUserByUsername(web.engine.db, 'adminA'))!.roles, ['agency_admin']);
    assert.deepEqual((await findUserByUsername(web.engine.db, 'editorB'))!.roles, ['editor'], 'agency B untouched');
    assert.equal((await adminA.post(`/admin/users/${editorA}/access`, { roles: ['editor', 'reviewer'], agencyId: web.agencyA })).statusCode, 303);
    assert.ok((await actionsOf(web, editorA)).includes('user.roles_changed'));
  });

  it('signs a disabled user out, refuses their sign-in, and lets them in again once enabled', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    const admin = await web.signedIn('adminA');
    const id = await idOf(web, 'editorA');
    await admin.get(`/admin/users/${id}`);
    assert.equal((await admin.post(`/admin/users/${id}/status`, { enabled: '0' })).statusCode, 303);
    assert.equal((await editor.get('/admin')).statusCode, 303, 'the open session has ended');
    assert.notEqual((await web.client().login('editorA', PASSWORD)).statusCode, 303, 'a disabled user cannot sign in');
    assert.match((await admin.get('/admin/users')).body, /已停用/);
    assert.equal((await admin.post(`/admin/users/${id}/status`, { enabled: '1' })).statusCode, 303);
    assert.equal((await web.client().login('editorA', PASSWORD)).statusCode, 303);
    const actions = await actionsOf(web, id);
    assert.ok(actions.includes('user.disabled') && actions.includes('user.enabled'));
  });

  it('resets a password: the new one works, the old one fails, the user is signed out', async () => {
    const web = await buildWebTestApp(await open());
    const reviewer = await web.signedIn('reviewerA');
    const admin = await web.signedIn('sysadmin');
    const id = await idOf(web, 'reviewerA');
    await admin.get(`/admin/users/${id}`);
    const mismatch = await admin.post(`/admin/users/${id}/password`, { password: NEW_PASSWORD, passwordAgain: 'something-else' });
    assert.equal(mismatch.statusCode, 400);
    assert.match(mismatch.body, /两次输入的密码不一致/);
    assert.equal((await admin.post(`/admin/users/${id}/password`, { password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD })).statusCode, 303);
    assert.equal((await reviewer.get('/admin')).statusCode, 303, 'signed out');
    assert.notEqual((await web.client().login('reviewerA', PASSWORD)).statusCode, 303, 'the old password fails');
    assert.equal((await web.client().login('reviewerA', NEW_PASSWORD)).statusCode, 303);
    assert.ok((await actionsOf(web, id)).includes('user.password_reset'));
  });

  it('changes the own password: the current one is required, other sessions end, this one stays', async () => {
    const web = await buildWebTestApp(await open());
    const elsewhere = await web.signedIn('editorB');
    const here = await web.signedIn('editorB');
    assert.equal((await here.get('/admin/account/password')).statusCode, 200);
    const wrong = await here.post('/admin/account/password', { currentPassword: 'not-my-password', newPassword: NEW_PASSWORD, newPasswordAgain: NEW_PASSWORD });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /当前密码不正确/);
    const changed = await here.post('/admin/account/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, newPasswordAgain: NEW_PASSWORD });
    assert.equal(changed.statusCode, 303);
    assert.equal((await here.get('/admin')).statusCode, 200, 'this session stays');
    assert.equal((await elsewhere.get('/admin')).statusCode, 303, 'the other session ended');
    assert.notEqual((await web.client().login('editorB', PASSWORD)).statusCode, 303);
    assert.equal((await web.client().login('editorB', NEW_PASSWORD)).statusCode, 303);
    assert.ok((await actionsOf(web, await idOf(web, 'editorB'))).includes('user.password_changed'));
  });

  it('refuses every users-page POST without a CSRF token, and the page to an editor', async () => {
    const web = await buildWebTestApp(await open());
    const admin = await web.signedIn('sysadmin');
    await admin.get('/admin/users');
    const id = await idOf(web, 'editorA');
    assert.equal((await admin.post(`/admin/users/${id}/status`, { enabled: '0' }, null)).statusCode, 403);
    assert.equal((await findUserByUsername(web.engine.db, 'editorA'))!.disabled, false);
    const editor = await web.signedIn('editorA');
    assert.equal((await editor.get('/admin/users')).statusCode, 403);
  });
});
