import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp, type WebClient, type WebTestApp } from '../helpers/webApp.ts';
import { contextFor } from '../helpers/appContext.ts';
import { getCatalogVersion, getPublishedCatalog, listCatalogVersions } from '../../src/app/catalog/readCatalog.ts';
import { startDraft } from '../../src/app/catalog/startDraft.ts';

/** Open a draft as this client (must be allowed) and return its id. */
async function openDraft(client: WebClient, agencyId: string): Promise<string> {
  await client.get(`/admin/agencies/${agencyId}`);
  const response = await client.post(`/admin/agencies/${agencyId}/drafts`, {});
  assert.equal(response.statusCode, 303, response.body.slice(0, 200));
  return /\/admin\/versions\/([^?#]+)/.exec(response.headers.location as string)![1]!;
}

async function draftOfB(web: WebTestApp): Promise<string> {
  return (await startDraft(contextFor(web.engine, undefined, web.clock), web.agencyB)).versionId;
}

const itemForm = (overrides: Record<string, string | string[]> = {}) => ({
  seq: '1', level1: '概况信息', level2: '机构信息', content: '新内容', basis: '《中华人民共和国政府信息公开条例》',
  timeLimit: '形成或者变更之日起20个工作日内', subject: '中卫市医疗保障局', channels: ['政府网站'], audience: ['全社会'], mode: ['主动公开'],
  hasFiveTypes: '0', column: '', category: '', remarks: '', ...overrides,
});

describeEachEngine('back office access by role', (open) => {
  it('sends anonymous visitors to the login page and back', async () => {
    const web = await buildWebTestApp(await open());
    const response = await web.client().get('/admin');
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/login?next=%2Fadmin');
  });

  it("lets an editor of A work on A's catalog and nowhere else: 403 on agency B", async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    const dashboard = await editor.get('/admin');
    assert.equal(dashboard.statusCode, 200);
    assert.ok(dashboard.body.includes('中卫市医疗保障局'));
    assert.ok(!dashboard.body.includes('中卫市沙坡头区医疗保障局'), 'agency B is not on the dashboard');

    const bDraft = await draftOfB(web);
    const bItem = (await getCatalogVersion(web.engine.db, bDraft))!.items[0]!;
    const bPublished = (await getPublishedCatalog(web.engine.db, web.agencyB))!.version.id;
    for (const url of [`/admin/agencies/${web.agencyB}`, `/admin/versions/${bPublished}`, `/admin/versions/${bDraft}`, `/admin/versions/${bDraft}/items/${bItem.id}/edit`]) {
      const response = await editor.get(url);
      assert.equal(response.statusCode, 403, url);
      assert.match(response.body, /没有权限/);
    }
    await editor.get('/admin');
    const posts = [
      editor.post(`/admin/versions/${bDraft}/items/${bItem.id}`, itemForm({ content: '越权修改' })),
      editor.post(`/admin/versions/${bDraft}/submit`, { lintReason: '来源目录原有的检查错误，下一版统一更正' }),
      editor.post(`/admin/agencies/${web.agencyB}/drafts`, {}),
    ];
    for (const response of await Promise.all(posts)) assert.equal(response.statusCode, 403);
    const after = await getCatalogVersion(web.engine.db, bDraft);
    assert.equal(after!.version.status, 'draft');
    assert.equal(after!.items[0]!.content, bItem.content, 'nothing changed in agency B');
    assert.equal((await listCatalogVersions(web.engine.db, web.agencyB)).length, 2);

    const aDraft = await openDraft(editor, web.agencyA);
    const page = await editor.get(`/admin/versions/${aDraft}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /提交复核/);
    assert.match(page.body, />编辑</);
  });

  it('keeps reviewers and approvers to their own step', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    const versionId = await openDraft(editor, web.agencyA);
    const item = (await getCatalogVersion(web.engine.db, versionId))!.items[0]!;

    const reviewer = await web.signedIn('reviewerA');
    const draftPage = await reviewer.get(`/admin/versions/${versionId}`);
    assert.equal(draftPage.statusCode, 200, 'a reviewer may read the draft');
    assert.doesNotMatch(draftPage.body, />编辑</);
    assert.equal((await reviewer.get(`/admin/versions/${versionId}/items/${item.id}/edit`)).statusCode, 403);
    assert.equal((await reviewer.post(`/admin/versions/${versionId}/items/${item.id}`, itemForm())).statusCode, 403);
    assert.equal((await reviewer.post(`/admin/versions/${versionId}/submit`, { lintReason: '来源目录原有的检查错误，下一版统一更正' })).statusCode, 403);

    await editor.get(`/admin/versions/${versionId}`);
    assert.equal((await editor.post(`/admin/versions/${versionId}/submit`, { lintReason: '来源目录原有的检查错误，下一版统一更正' })).statusCode, 303);
    const approver = await web.signedIn('approverA');
    assert.equal((await approver.post(`/admin/versions/${versionId}/review`, { decision: 'pass' })).statusCode, 403);
    assert.equal((await editor.post(`/admin/versions/${versionId}/review`, { decision: 'pass' })).statusCode, 403);
    assert.equal((await reviewer.post(`/admin/versions/${versionId}/approve`, { decision: 'approve' })).statusCode, 403);
    assert.equal((await getCatalogVersion(web.engine.db, versionId))!.version.status, 'submitted');
  });

  it('lets a region supervisor read drafts and audit logs below their region but change nothing', async () => {
    const web = await buildWebTestApp(await open());
    const supervisor = await web.signedIn('supervisor');
    const dashboard = await supervisor.get('/admin');
    assert.ok(dashboard.body.includes('中卫市医疗保障局') && dashboard.body.includes('中卫市沙坡头区医疗保障局'));
    const bDraft = await draftOfB(web);
    assert.equal((await supervisor.get(`/admin/versions/${bDraft}`)).statusCode, 200);
    assert.equal((await supervisor.get(`/admin/audit?agencyId=${web.agencyB}`)).statusCode, 200);
    assert.equal((await supervisor.post(`/admin/agencies/${web.agencyA}/drafts`, {})).statusCode, 403);
    assert.equal((await supervisor.post(`/admin/versions/${bDraft}/submit`, { lintReason: '来源目录原有的检查错误，下一版统一更正' })).statusCode, 403);
  });

  it("shows an agency admin their own agency's audit log only; a system admin sees everything", async () => {
    const web = await buildWebTestApp(await open());
    const admin = await web.signedIn('adminA');
    const own = await admin.get(`/admin/audit?agencyId=${web.agencyA}`);
    assert.equal(own.statusCode, 200);
    assert.match(own.body, /导入目录|目录审签发布|新建用户/);
    assert.equal((await admin.get(`/admin/audit?agencyId=${web.agencyB}`)).statusCode, 403);
    assert.equal((await admin.post(`/admin/agencies/${web.agencyA}/drafts`, {})).statusCode, 403, 'an agency admin does not edit catalogs');

    const editor = await web.signedIn('editorA');
    assert.equal((await editor.get('/admin/audit')).statusCode, 403, 'editors have no audit log');

    const sysadmin = await web.signedIn('sysadmin');
    const all = await sysadmin.get('/admin/audit');
    assert.equal(all.statusCode, 200);
    assert.match(all.body, /中卫市沙坡头区医疗保障局/);
    assert.match(all.body, /中卫市医疗保障局/);
  });

  it('signs out on POST /logout and the old cookie no longer opens /admin', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    await editor.get('/admin');
    const out = await editor.post('/logout', {});
    assert.equal(out.statusCode, 303);
    assert.equal((await editor.get('/admin')).statusCode, 303);
  });
});
