import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor } from '../helpers/appContext.ts';
import { buildWebTestApp, type WebClient, type WebTestApp } from '../helpers/webApp.ts';
import { getCatalogVersion } from '../../src/app/catalog/readCatalog.ts';
import { listAuditEvents } from '../../src/app/audit/listAuditEvents.ts';

const NEW_ITEM = {
  seq: '37', level1: '其他信息', level2: '新闻发布', content: '新闻发布会内容', basis: '《中华人民共和国政府信息公开条例》（国务院令第711号）',
  timeLimit: '形成或者变更之日起20个工作日内', subject: '中卫市医疗保障局', channels: ['政府网站'], audience: ['全社会'], mode: ['主动公开'], hasFiveTypes: '0',
};

async function lastAction(web: WebTestApp): Promise<string> {
  return (await listAuditEvents(contextFor(web.engine, undefined, web.clock), { limit: 1 })).events[0]!.action;
}

async function draftOf(web: WebTestApp): Promise<{ editor: WebClient; versionId: string }> {
  const editor = await web.signedIn('editorA');
  await editor.get(`/admin/agencies/${web.agencyA}`);
  const started = await editor.post(`/admin/agencies/${web.agencyA}/drafts`, {});
  return { editor, versionId: /\/admin\/versions\/([^?#]+)/.exec(started.headers.location as string)![1]! };
}

describeEachEngine('adding and removing items in a draft', (open) => {
  it('adds an item; a rejected form keeps what was typed with the message next to the field', async () => {
    const web = await buildWebTestApp(await open());
    const { editor, versionId } = await draftOf(web);
    const versionPage = await editor.get(`/admin/versions/${versionId}`);
    assert.match(versionPage.body, new RegExp(`href="/admin/versions/${versionId}/items/new"`));
    const form = await editor.get(`/admin/versions/${versionId}/items/new`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /<h1>新增事项<\/h1>/);

    const rejected = await editor.post(`/admin/versions/${versionId}/items`, { ...NEW_ITEM, level1: '' });
    assert.equal(rejected.statusCode, 400);
    assert.match(rejected.body, /<p id="level1-error" class="field-error">此项必填<\/p>/);
    assert.match(rejected.body, /value="新闻发布"/, 'the typed 二级事项 is kept');
    assert.equal((await getCatalogVersion(web.engine.db, versionId))!.items.length, 36);

    const added = await editor.post(`/admin/versions/${versionId}/items`, NEW_ITEM);
    assert.equal(added.statusCode, 303);
    const items = (await getCatalogVersion(web.engine.db, versionId))!.items;
    assert.equal(items.length, 37);
    assert.deepEqual([items.at(-1)!.level2, items.at(-1)!.timeLimitRule?.amount], ['新闻发布', 20]);
    assert.equal(await lastAction(web), 'catalog.item_added');
    assert.match((await editor.get(added.headers.location as string)).body, /事项已新增/);
  });

  it('removes an item only after a confirmation page, which works without JavaScript', async () => {
    const web = await buildWebTestApp(await open());
    const { editor, versionId } = await draftOf(web);
    const item = (await getCatalogVersion(web.engine.db, versionId))!.items[4]!;
    const confirmUrl = `/admin/versions/${versionId}/items/${item.id}/remove`;
    assert.ok((await editor.get(`/admin/versions/${versionId}`)).body.includes(`href="${confirmUrl}"`));
    const confirm = await editor.get(confirmUrl);
    assert.equal(confirm.statusCode, 200);
    assert.match(confirm.body, /确定要从目录第2版（草稿）中删除以下事项吗/);
    assert.ok(confirm.body.includes(item.level2!));
    assert.match(confirm.body, /<button type="submit" class="button button-danger">确认删除<\/button>/);
    assert.equal((await getCatalogVersion(web.engine.db, versionId))!.items.length, 36, 'the confirmation page removes nothing');

    const reviewer = await web.signedIn('reviewerA');
    assert.equal((await reviewer.get(confirmUrl)).statusCode, 403);
    await reviewer.get(`/admin/versions/${versionId}`);
    assert.equal((await reviewer.post(confirmUrl, {})).statusCode, 403);
    assert.equal((await editor.post(confirmUrl, {}, null)).statusCode, 403, 'CSRF');

    const removed = await editor.post(confirmUrl, {});
    assert.equal(removed.statusCode, 303);
    const items = (await getCatalogVersion(web.engine.db, versionId))!.items;
    assert.equal(items.length, 35);
    assert.ok(!items.some((candidate) => candidate.id === item.id));
    assert.equal(await lastAction(web), 'catalog.item_removed');
    assert.match((await editor.get(removed.headers.location as string)).body, /事项已删除/);
  });

  it('offers no add or remove on a published version', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    const page = await editor.get(`/admin/versions/${web.publishedA}`);
    assert.doesNotMatch(page.body, /新增事项|确认删除|\/remove"/);
    assert.equal((await editor.get(`/admin/versions/${web.publishedA}/items/new`)).statusCode, 409);
  });
});
