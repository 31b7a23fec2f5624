import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor } from '../helpers/appContext.ts';
import { buildWebTestApp, type WebClient, type WebTestApp } from '../helpers/webApp.ts';
import { addCatalogItem } from '../../src/app/catalog/addCatalogItem.ts';
import { getCatalogVersion } from '../../src/app/catalog/readCatalog.ts';
import { removeCatalogItem } from '../../src/app/catalog/removeCatalogItem.ts';
import { updateCatalogItem } from '../../src/app/catalog/updateCatalogItem.ts';
import type { Actor } from '../../src/domain/accounts/roles.ts';
import { toCatalogDocument } from '../../src/domain/catalog/toDocument.ts';
import { exportCatalog } from '../../src/exporters/index.ts';
import { stopPdfWorker } from '../../src/importers/pdf/index.ts';

after(stopPdfWorker);

const NEW_CONTENT = '机构名称、办公地址、办公时间、联系电话、内设机构';

/** A draft of agency A where items 1 and 6 were edited (公开内容; 公开时限); returns the draft and the edited names. */
async function draftWithTwoEdits(web: WebTestApp): Promise<{ editor: WebClient; versionId: string; names: string[] }> {
  const editor = await web.signedIn('editorA');
  await editor.get(`/admin/agencies/${web.agencyA}`);
  const started = await editor.post(`/admin/agencies/${web.agencyA}/drafts`, {});
  const versionId = /\/admin\/versions\/([^?#]+)/.exec(started.headers.location as string)![1]!;
  const items = (await getCatalogVersion(web.engine.db, versionId))!.items;
  const actor: Actor = { id: 'test-editor', name: '伊玉红', roles: ['editor'], agencyId: web.agencyA, regionId: null };
  const ctx = contextFor(web.engine, actor, web.clock);
  const [first, sixth] = [items[0]!, items[5]!];
  await updateCatalogItem(ctx, { itemId: first.id, item: { ...first, content: NEW_CONTENT } });
  assert.match(sixth.timeLimit ?? '', /20个工作日/);
  await updateCatalogItem(ctx, { itemId: sixth.id, item: { ...sixth, timeLimit: sixth.timeLimit!.replace('20', '15') } });
  return { editor, versionId, names: [first.level2!, sixth.level2!] };
}

async function stepThrough(client: WebClient, versionId: string, step: 'submit' | 'review' | 'approve', decision?: string) {
  await client.get(`/admin/versions/${versionId}`);
  const response = await client.post(`/admin/versions/${versionId}/${step}`, decision ? { decision } : { lintReason: '来源目录原有的检查错误，下一版统一更正' });
  assert.equal(response.statusCode, 303, response.body.slice(0, 300));
}

/** The text of a page section between two markers, tags removed. */
function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  assert.ok(from >= 0, `missing ${start}`);
  return html.slice(from, html.indexOf(end, from + start.length));
}

const namesIn = (html: string) => [...html.matchAll(/<h4><a href="[^"]+">([^<]+)<\/a>/g)].map((match) => match[1]);

describeEachEngine('version differences in the back office', (open) => {
  it('leads the reviewer with exactly the two edited items, before and after marked, then the added and removed ones', async () => {
    const web = await buildWebTestApp(await open());
    const { editor, versionId, names } = await draftWithTwoEdits(web);
    const draft = (await getCatalogVersion(web.engine.db, versionId))!;
    const editorCtx = contextFor(web.engine, { id: 'test-editor', name: '伊玉红', roles: ['editor'], agencyId: web.agencyA, regionId: null }, web.clock);
    const removed = draft.items[10]!;
    await removeCatalogItem(editorCtx, { itemId: removed.id });
    await addCatalogItem(editorCtx, { versionId, item: { ...draft.items[2]!, level2: '新增的统计事项', content: '统计公报、统计年鉴', seq: null } });

    const ownPage = (await editor.get(`/admin/versions/${versionId}`)).body;
    assert.match(ownPage, /与上一版相比（第1版，已发布）/);
    assert.doesNotMatch(ownPage, /展开全部目录事项/, 'the editor keeps the full table open');

    await stepThrough(editor, versionId, 'submit');
    const reviewer = await web.signedIn('reviewerA');
    const page = (await reviewer.get(`/admin/versions/${versionId}`)).body;
    const changesAt = page.indexOf('id="changes-title"');
    assert.ok(changesAt > 0 && changesAt < page.indexOf('id="actions-title"') && changesAt < page.indexOf('id="items-title"'), 'the changes lead the page');
    assert.match(page, /<details class="folded-table">/);
    assert.match(page, /新增 1 项 · 删除 1 项 · 移动 0 项 · 修改 2 项 · 未变 33 项/);
    const changed = between(page, '修改的事项（2 项）', '新增的事项');
    assert.deepEqual(namesIn(changed), names);
    assert.match(changed, /<dt>公开内容<\/dt>/);
    assert.match(changed, /<ins>[^<]*内设机构<\/ins>/);
    assert.match(changed, /<dt>公开时限<\/dt><dd><span class="change-side">修改前：<\/span>[^<]*<del>20<\/del>[^<]*<\/dd><dd><span class="change-side">修改后：<\/span>[^<]*<ins>15<\/ins>[^<]*<\/dd>/);
    assert.match(between(page, '新增的事项（1 项）', '</ul>'), /新增的统计事项/);
    assert.match(between(page, '删除的事项（1 项）', '</ul>'), new RegExp(removed.level2!));
    assert.doesNotMatch(between(page, 'id="changes-title"', '</section>'), /level2|content|timeLimit|undefined/);
  });

  it('shows a published version against the one it replaced, and warns that an import of the 第1版 export would revert the two edits', async () => {
    const web = await buildWebTestApp(await open());
    const v1 = (await getCatalogVersion(web.engine.db, web.publishedA))!;
    const v1Xlsx = await exportCatalog(toCatalogDocument(v1, '中卫市医疗保障局'), 'xlsx');
    const { editor, versionId, names } = await draftWithTwoEdits(web);
    await stepThrough(editor, versionId, 'submit');
    await stepThrough(await web.signedIn('reviewerA'), versionId, 'review', 'pass');
    await stepThrough(await web.signedIn('approverA'), versionId, 'approve', 'approve');

    const published = (await editor.get(`/admin/versions/${versionId}`)).body;
    assert.match(published, /与上一版相比（第1版，已被替代）/);
    assert.deepEqual(namesIn(between(published, '修改的事项（2 项）', '</section>')), names);

    await editor.get(`/admin/agencies/${web.agencyA}/import`);
    const uploaded = await editor.postFile(`/admin/agencies/${web.agencyA}/import`, { field: 'file', name: '第1版导出.xlsx', bytes: v1Xlsx });
    assert.equal(uploaded.statusCode, 303, uploaded.body.slice(0, 400));
    const preview = (await editor.get(uploaded.headers.location as string)).body;
    const warning = /文件中的 (\d+) 个事项仍是旧版本的内容（第1版），导入将撤销第2版对这些事项的修改：([^<]*)</.exec(preview);
    assert.ok(warning, 'the preview warns about the revert');
    assert.equal(warning[1], '2');
    assert.deepEqual(warning[2]!.split('、').map((name) => name.replace(/[「」]/g, '')), names);
    assert.ok(preview.indexOf('role="alert"') < preview.indexOf('保存为新草稿'), 'the warning comes before the save button');
    assert.match(preview, /与本单位当前版本相比（第2版，已发布）/);
    assert.match(between(preview, '修改的事项（2 项）', '</section>'), /<h4><a href="#item-p1">/);

    const v2 = (await getCatalogVersion(web.engine.db, versionId))!;
    const v2Xlsx = await exportCatalog(toCatalogDocument(v2, '中卫市医疗保障局'), 'xlsx');
    const current = await editor.postFile(`/admin/agencies/${web.agencyA}/import`, { field: 'file', name: '第2版导出.xlsx', bytes: v2Xlsx });
    const currentPreview = (await editor.get(current.headers.location as string)).body;
    assert.doesNotMatch(currentPreview, /仍是旧版本的内容/, 'a file made from the current version reverts nothing');
    assert.match(currentPreview, /事项与对比的版本完全相同/);
  });
});
