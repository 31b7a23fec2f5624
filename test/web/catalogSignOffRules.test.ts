import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp, type WebClient, type WebTestApp } from '../helpers/webApp.ts';
import { getCatalogVersion } from '../../src/app/catalog/readCatalog.ts';
import { queryAuditEvents } from '../../src/storage/repositories/audit.repository.ts';

const REASON = '来源目录原有的检查错误，下一版统一更正';

async function startedDraft(web: WebTestApp, who: WebClient): Promise<string> {
  await who.get(`/admin/agencies/${web.agencyA}`);
  const started = await who.post(`/admin/agencies/${web.agencyA}/drafts`, {});
  return /\/admin\/versions\/([^?#]+)/.exec(started.headers.location as string)![1]!;
}

describeEachEngine('catalog sign-off rules through the web', (open) => {
  it('shows 二级事项为必填项 beside the field and keeps the item unchanged', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    const versionId = await startedDraft(web, editor);
    const item = (await getCatalogVersion(web.engine.db, versionId))!.items[0]!;
    await editor.get(`/admin/versions/${versionId}/items/${item.id}/edit`);
    const form = { seq: item.seq ?? '', level1: item.level1, level2: ' ', content: item.content ?? '', basis: item.basis.join('\n'), timeLimit: item.timeLimit ?? '', subject: item.subject ?? '', channels: item.channels, audience: item.audience, mode: item.mode, hasFiveTypes: '0' };
    const refused = await editor.post(`/admin/versions/${versionId}/items/${item.id}`, form);
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /id="level2-error"[^>]*>二级事项为必填项</);
    assert.equal((await getCatalogVersion(web.engine.db, versionId))!.items[0]!.level2, item.level2);
  });

  it('refuses a submission with lint errors and no reason, accepts one with a reason, and the reviewer reads it', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    const versionId = await startedDraft(web, editor);
    const page = await editor.get(`/admin/versions/${versionId}`);
    assert.match(page.body, /name="lintReason"/);
    const refused = await editor.post(`/admin/versions/${versionId}/submit`, { lintReason: '太短' });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /本版本有\d+处检查错误，不能直接提交复核/);
    assert.match(refused.body, /href="#findings-title"/);
    assert.match(refused.body, />太短</, 'the reason comes back as typed');
    assert.equal((await editor.post(`/admin/versions/${versionId}/submit`, { lintReason: REASON })).statusCode, 303);
    const reviewer = await web.signedIn('reviewerA');
    const seen = await reviewer.get(`/admin/versions/${versionId}`);
    assert.match(seen.body, new RegExp(`提交理由：</strong>${REASON}（伊玉红`));
    assert.ok(seen.body.indexOf(REASON) < seen.body.indexOf('id="items-title"'), 'the reason stands above the items');
    assert.match((await reviewer.get(`/admin/agencies/${web.agencyA}`)).body, new RegExp(`理由：${REASON}`), 'and in the version history');
  });

  it('lets the agency admin switch the one-person exception on (audited), not an editor, and marks versions signed under it', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    const admin = await web.signedIn('adminA');
    const reason = '本单位仅有一名工作人员负责政务公开';
    assert.doesNotMatch((await editor.get(`/admin/agencies/${web.agencyA}`)).body, /sign-off-exception"/);
    assert.equal((await editor.post(`/admin/agencies/${web.agencyA}/sign-off-exception`, { enabled: 'on', reason })).statusCode, 403);
    assert.match((await admin.get(`/admin/agencies/${web.agencyA}`)).body, /当前状态：未开启/);
    const tooShort = await admin.post(`/admin/agencies/${web.agencyA}/sign-off-exception`, { enabled: 'on', reason: '人少' });
    assert.equal(tooShort.statusCode, 400);
    assert.match(tooShort.body, /开启单人单位例外须写明理由/);
    assert.equal((await admin.post(`/admin/agencies/${web.agencyA}/sign-off-exception`, { enabled: 'on', reason })).statusCode, 303);
    assert.match((await admin.get(`/admin/agencies/${web.agencyA}`)).body, /当前状态：已开启（理由：本单位仅有一名工作人员负责政务公开，由单位管理员甲于/);
    const { events } = await queryAuditEvents(web.engine.db, { agencyIds: [web.agencyA], action: 'agency.sign_off_exception_changed', limit: 5, offset: 0 });
    assert.deepEqual(events.map((e) => e.actorName), ['单位管理员甲']);

    const sysadmin = await web.signedIn('sysadmin');
    const versionId = await startedDraft(web, sysadmin);
    assert.equal((await sysadmin.post(`/admin/versions/${versionId}/submit`, { lintReason: REASON })).statusCode, 303);
    assert.match((await sysadmin.get(`/admin/versions/${versionId}`)).body, />\s*复核通过\s*</, 'the page offers the step the exception allows');
    assert.equal((await sysadmin.post(`/admin/versions/${versionId}/review`, { decision: 'pass' })).statusCode, 303);
    assert.equal((await sysadmin.post(`/admin/versions/${versionId}/approve`, { decision: 'approve' })).statusCode, 303);
    const note = /系统管理员按单人单位例外签批（理由：本单位仅有一名工作人员负责政务公开，由单位管理员甲于\d{4}-\d{2}-\d{2}开启）/;
    assert.match((await sysadmin.get(`/admin/versions/${versionId}`)).body, note);
    assert.match((await sysadmin.get(`/admin/agencies/${web.agencyA}`)).body, note);
  });
});
