import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor } from '../helpers/appContext.ts';
import { buildWebTestApp, type WebClient, type WebTestApp } from '../helpers/webApp.ts';
import { getCatalogVersion, getPublishedCatalog } from '../../src/app/catalog/readCatalog.ts';
import { listAuditEvents } from '../../src/app/audit/listAuditEvents.ts';
import type { StoredCatalogItem } from '../../src/domain/catalog/version.ts';

const MARKER = '机构名称、办公地址、办公时间、咨询电话（网页修改）';

function formOf(item: StoredCatalogItem, overrides: Record<string, string | string[]> = {}) {
  return {
    seq: item.seq ?? '', level1: item.level1, level2: item.level2 ?? '', content: item.content ?? '', basis: item.basis.join('\n'),
    timeLimit: item.timeLimit ?? '', subject: item.subject ?? '', channels: item.channels, audience: item.audience, mode: item.mode,
    hasFiveTypes: item.fiveTypes ? '1' : '0', column: item.column ?? '', category: item.category ?? '', remarks: item.remarks ?? '',
    ...overrides,
  };
}

async function lastEvent(web: WebTestApp) {
  const { events } = await listAuditEvents(contextFor(web.engine, undefined, web.clock), { limit: 5 });
  return events[0]!;
}

async function editedDraft(web: WebTestApp): Promise<{ editor: WebClient; versionId: string; item: StoredCatalogItem }> {
  const editor = await web.signedIn('editorA');
  await editor.get(`/admin/agencies/${web.agencyA}`);
  const started = await editor.post(`/admin/agencies/${web.agencyA}/drafts`, {});
  const versionId = /\/admin\/versions\/([^?#]+)/.exec(started.headers.location as string)![1]!;
  const item = (await getCatalogVersion(web.engine.db, versionId))!.items[0]!;
  const form = await editor.get(`/admin/versions/${versionId}/items/${item.id}/edit`);
  assert.equal(form.statusCode, 200);
  const saved = await editor.post(`/admin/versions/${versionId}/items/${item.id}`, formOf(item, { content: MARKER, channels: ['政府网站', '两微一端', '其他'], channelNote12: '政务公开栏' }));
  assert.equal(saved.statusCode, 303);
  return { editor, versionId, item };
}

describeEachEngine('catalog workflow through the web', (open) => {
  it('edits an item, submits, passes review and signs off, auditing each step; the public page changes only at sign-off', async () => {
    const web = await buildWebTestApp(await open());
    const anonymous = web.client();
    const { editor, versionId, item } = await editedDraft(web);
    let event = await lastEvent(web);
    assert.equal(event.action, 'catalog.item_updated');
    assert.equal(event.actorName, '伊玉红');
    assert.equal((event.before as { content: string }).content, item.content);
    assert.equal((event.after as { content: string }).content, MARKER);
    const saved = (await getCatalogVersion(web.engine.db, versionId))!.items[0]!;
    assert.deepEqual(saved.channels, ['政府网站', '两微一端', '其他']);
    assert.deepEqual(saved.channelNotes, { 其他: '政务公开栏' });

    const publicPage = async () => (await anonymous.get(`/agencies/${web.agencyA}`)).body;
    assert.ok(!(await publicPage()).includes(MARKER), 'a draft is never public');
    assert.equal((await anonymous.get(`/agencies/${web.agencyA}/items/${item.id}`)).statusCode, 404, "a draft item's page is not public");

    await editor.get(`/admin/versions/${versionId}`);
    assert.equal((await editor.post(`/admin/versions/${versionId}/submit`, { lintReason: '来源目录原有的检查错误，下一版统一更正' })).statusCode, 303);
    event = await lastEvent(web);
    assert.deepEqual([event.action, event.actorName, (event.after as { status: string }).status], ['catalog.submitted', '伊玉红', 'submitted']);

    const reviewer = await web.signedIn('reviewerA');
    const reviewPage = await reviewer.get(`/admin/versions/${versionId}`);
    assert.match(reviewPage.body, /复核通过/);
    assert.equal((await reviewer.post(`/admin/versions/${versionId}/review`, { decision: 'pass' })).statusCode, 303);
    event = await lastEvent(web);
    assert.deepEqual([event.action, event.actorName], ['catalog.review_passed', '张华']);
    assert.ok(!(await publicPage()).includes(MARKER), 'still not public after review');

    const approver = await web.signedIn('approverA');
    await approver.get(`/admin/versions/${versionId}`);
    const signed = await approver.post(`/admin/versions/${versionId}/approve`, { decision: 'approve' });
    assert.equal(signed.statusCode, 303);
    event = await lastEvent(web);
    assert.deepEqual([event.action, event.actorName], ['catalog.published', '李新忠']);
    const page = await publicPage();
    assert.ok(page.includes(MARKER), 'the signed-off version is the public one');
    assert.ok(page.includes('<li class="ticked">■其他（注明：政务公开栏）</li>'));
    assert.match(page, /公开渠道：[^<]*其他（注明：政务公开栏）/);
    assert.equal((await getPublishedCatalog(web.engine.db, web.agencyA))!.version.id, versionId);

    const adminLog = await (await web.signedIn('adminA')).get(`/admin/audit?agencyId=${web.agencyA}`);
    for (const action of ['修改目录事项', '目录提交复核', '目录复核通过', '目录审签发布', '目录被新版本替代']) {
      assert.ok(adminLog.body.includes(`<td data-label="操作" class="cell-nowrap">${action}</td>`), action);
    }
    assert.ok(!adminLog.body.replace(/<[^>]*>/g, ' ').includes('catalog.item_updated'), 'no action code in the text of the page');
  });

  it('returns with a comment (review and sign-off), audited, and the editor can edit again', async () => {
    const web = await buildWebTestApp(await open());
    const { editor, versionId } = await editedDraft(web);
    await editor.get(`/admin/versions/${versionId}`);
    await editor.post(`/admin/versions/${versionId}/submit`, { lintReason: '来源目录原有的检查错误，下一版统一更正' });
    const reviewer = await web.signedIn('reviewerA');
    await reviewer.get(`/admin/versions/${versionId}`);
    const noComment = await reviewer.post(`/admin/versions/${versionId}/review`, { decision: 'return', comment: '  ' });
    assert.equal(noComment.statusCode, 400);
    assert.match(noComment.body, /退回时请填写意见/);
    assert.equal((await reviewer.post(`/admin/versions/${versionId}/review`, { decision: 'return', comment: '公开依据请补充文号' })).statusCode, 303);
    let event = await lastEvent(web);
    assert.deepEqual([event.action, (event.after as { comment: string }).comment], ['catalog.returned', '公开依据请补充文号']);
    const returned = await editor.get(`/admin/versions/${versionId}`);
    assert.match(returned.body, /已退回/);
    assert.match(returned.body, /公开依据请补充文号/);
    assert.match(returned.body, />编辑</);

    await editor.post(`/admin/versions/${versionId}/submit`, { lintReason: '来源目录原有的检查错误，下一版统一更正' });
    await reviewer.get(`/admin/versions/${versionId}`);
    await reviewer.post(`/admin/versions/${versionId}/review`, { decision: 'pass' });
    const approver = await web.signedIn('approverA');
    await approver.get(`/admin/versions/${versionId}`);
    assert.equal((await approver.post(`/admin/versions/${versionId}/approve`, { decision: 'return', comment: '请核对公开时限' })).statusCode, 303);
    event = await lastEvent(web);
    assert.deepEqual([event.action, event.actorName], ['catalog.returned', '李新忠']);
    assert.equal((await getCatalogVersion(web.engine.db, versionId))!.version.status, 'returned');
  });

  it('rejects bad fields with the message next to the field, keeps what was typed, and saves nothing', async () => {
    const web = await buildWebTestApp(await open());
    const { editor, versionId } = await editedDraft(web);
    const item = (await getCatalogVersion(web.engine.db, versionId))!.items[1]!;
    await editor.get(`/admin/versions/${versionId}/items/${item.id}/edit`);
    const typed = '我刚输入但未保存的内容';
    const response = await editor.post(`/admin/versions/${versionId}/items/${item.id}`, formOf(item, { level1: '  ', content: typed, channels: ['政府网站', '朋友圈'] }));
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /<input id="level1" name="level1" type="text" value=" {2}" required="" aria-invalid="true" aria-describedby="level1-error"/);
    assert.match(response.body, /<p id="level1-error" class="field-error">此项必填<\/p>/);
    assert.match(response.body, /<p id="channels-error" class="field-error">[^<]*朋友圈/);
    assert.ok(response.body.includes(`>${typed}</textarea>`), 'typed text is kept');
    const after = (await getCatalogVersion(web.engine.db, versionId))!.items[1]!;
    assert.deepEqual(after, item);
  });

  it('keeps older versions viewable', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    const versions = await editor.get(`/admin/agencies/${web.agencyA}`);
    assert.match(versions.body, /第1版/);
    assert.match(versions.body, /已发布/);
    const old = await editor.get(`/admin/versions/${web.publishedA}`);
    assert.equal(old.statusCode, 200);
    assert.doesNotMatch(old.body, />编辑</, 'a published version is not editable');
  });
});
