import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, goldenCatalog } from '../helpers/appContext.ts';
import { buildWebTestApp, type WebClient, type WebTestApp } from '../helpers/webApp.ts';
import { publishDocument, ITEM_NORMATIVE } from './documentsFixture.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { getCatalogVersion, getPublishedCatalog } from '../../src/app/catalog/readCatalog.ts';
import { startDraft } from '../../src/app/catalog/startDraft.ts';
import { updateCatalogItem } from '../../src/app/catalog/updateCatalogItem.ts';
import { removeCatalogItem } from '../../src/app/catalog/removeCatalogItem.ts';
import { approveCatalogVersion, reviewCatalogVersion, submitCatalogVersion } from '../../src/app/catalog/changeVersionStatus.ts';
import type { StoredCatalogItem } from '../../src/domain/catalog/version.ts';
import type { Actor } from '../../src/domain/accounts/roles.ts';

const staff = (web: WebTestApp, role: Actor['roles'][number], name: string) =>
  contextFor(web.engine, { id: `u-${role}`, name, roles: [role], agencyId: web.agencyA, regionId: null }, web.clock);

/** A new published version of agency A's catalog, made by changing the draft copied from the published one. */
async function publishNewVersion(web: WebTestApp, change: (editor: ReturnType<typeof staff>, items: StoredCatalogItem[]) => Promise<void>) {
  const editor = staff(web, 'editor', '伊玉红');
  const { versionId } = await startDraft(editor, web.agencyA);
  await change(editor, (await getCatalogVersion(web.engine.db, versionId))!.items);
  await submitCatalogVersion(editor, { versionId, lintReason: '来源目录原有的检查错误，下一版统一更正' });
  await reviewCatalogVersion(staff(web, 'reviewer', '张华'), { versionId, decision: 'pass' });
  await approveCatalogVersion(staff(web, 'approver', '李新忠'), { versionId, decision: 'approve' });
}

/** GET, following at most one permanent redirect (an old address moves to the item's key address). */
async function getAfterOneRedirect(client: WebClient, url: string) {
  const first = await client.get(url);
  if (first.statusCode !== 301) return first;
  return client.get(String(first.headers.location));
}

describeEachEngine('stable item addresses (issue 12)', (open) => {
  it('keeps an item page, its feed and its documents through new versions; a removed item says so', async () => {
    const web = await buildWebTestApp(await open());
    const visitor = web.client();
    const v1 = (await getPublishedCatalog(web.engine.db, web.agencyA))!.items;
    const edited = v1[0]!;
    const renamed = v1.find((item) => item.level2 === ITEM_NORMATIVE.level2)!;
    const filedBefore = await publishDocument(web, { title: '关于调整门诊报销比例的通知', items: [ITEM_NORMATIVE] });
    const editedPage = `/agencies/${web.agencyA}/items/${edited.itemKey}`;
    const oldEditedPage = `/agencies/${web.agencyA}/items/${edited.id}`;
    const oldRenamedFeed = `/agencies/${web.agencyA}/items/${renamed.id}/feed.xml`;
    assert.equal((await visitor.get(editedPage)).statusCode, 200);
    assert.equal((await visitor.get(oldRenamedFeed)).statusCode, 301, 'a row-id address moves to the key address');

    await publishNewVersion(web, async (editor, items) => {
      const [first, normative] = [items.find((i) => i.itemKey === edited.itemKey)!, items.find((i) => i.itemKey === renamed.itemKey)!];
      await updateCatalogItem(editor, { itemId: first.id, item: { ...first, content: '第2版：机构名称、职能、办公地址' } });
      await updateCatalogItem(editor, { itemId: normative.id, item: { ...normative, level2: '行政规范性文件' } });
    });
    for (const url of [editedPage, oldEditedPage]) {
      const page = await getAfterOneRedirect(visitor, url);
      assert.equal(page.statusCode, 200, url);
      assert.ok(page.body.includes('第2版：机构名称、职能、办公地址'), url);
    }
    const moved = await visitor.get(oldEditedPage);
    assert.equal(moved.statusCode, 301);
    assert.equal(moved.headers.location, editedPage);
    const feed = await getAfterOneRedirect(visitor, oldRenamedFeed);
    assert.equal(feed.statusCode, 200);
    assert.ok(feed.body.includes('行政规范性文件') && feed.body.includes('关于调整门诊报销比例的通知'), 'the renamed item\'s feed keeps its documents');
    const renamedPage = await visitor.get(`/agencies/${web.agencyA}/items/${renamed.itemKey}`);
    assert.equal(renamedPage.statusCode, 200);
    assert.ok(renamedPage.body.includes('行政规范性文件') && renamedPage.body.includes('关于调整门诊报销比例的通知'), 'the renamed item still lists its documents');
    const searched = (await visitor.get(`/agencies/${web.agencyA}/search?q=${encodeURIComponent('门诊')}&item=${renamed.itemKey}`)).body;
    assert.ok(searched.includes(`/documents/${filedBefore}"`), 'a search within the renamed item finds the document filed under its former name');
    const content = (await visitor.get(`/agencies/${web.agencyA}/content`)).body;
    assert.match(content, new RegExp(`href="/agencies/${web.agencyA}/items/${renamed.itemKey}">行政规范性文件</a>\\s*<span class="muted">（1件`), 'the 法定主动公开内容 page counts them');

    await publishNewVersion(web, async (editor, items) => removeCatalogItem(editor, { itemId: items.find((i) => i.itemKey === edited.itemKey)!.id }));
    for (const url of [editedPage, oldEditedPage, `${editedPage}/feed.xml`]) {
      const gone = await visitor.get(url);
      assert.equal(gone.statusCode, 410, url);
      assert.ok(gone.body.includes('该事项已在第3版目录中删除'), url);
      assert.ok(gone.body.includes(`href="/agencies/${web.agencyA}"`), 'links to the current catalog');
    }
    const sitemap = (await visitor.get('/sitemap.xml')).body;
    assert.ok(sitemap.includes(`/items/${renamed.itemKey}<`) && !sitemap.includes(`/items/${edited.itemKey}<`));
  });

  it('keeps item addresses when the same catalog file is imported again', async () => {
    const web = await buildWebTestApp(await open());
    const before = (await getPublishedCatalog(web.engine.db, web.agencyA))!.items;
    await loadCatalog(contextFor(web.engine, undefined, web.clock), goldenCatalog(), { publish: true });
    const after = (await getPublishedCatalog(web.engine.db, web.agencyA))!;
    assert.equal(after.version.number, 2);
    assert.deepEqual(after.items.map((item) => item.itemKey), before.map((item) => item.itemKey));
    assert.equal((await web.client().get(`/agencies/${web.agencyA}/items/${before[5]!.itemKey}`)).statusCode, 200);
  });

  it('filters a search by the item\'s key, and still by an older row id while the item is current', async () => {
    const web = await buildWebTestApp(await open());
    const documentId = await publishDocument(web, { title: '关于调整门诊慢特病待遇标准的通知', items: [ITEM_NORMATIVE] });
    const listed = `/documents/${documentId}"`;
    const normative = (await getPublishedCatalog(web.engine.db, web.agencyA))!.items.find((item) => item.level2 === ITEM_NORMATIVE.level2)!;
    const other = (await getPublishedCatalog(web.engine.db, web.agencyA))!.items[0]!;
    const search = (item: string) => web.client().get(`/agencies/${web.agencyA}/search?q=${encodeURIComponent('门诊')}&item=${item}`);
    const byKey = await search(normative.itemKey);
    assert.ok(byKey.body.includes(`<option value="${normative.itemKey}" selected="">`), 'the filter names the key');
    assert.ok(byKey.body.includes(listed));
    assert.ok((await search(normative.id)).body.includes(listed));
    assert.ok(!(await search(other.itemKey)).body.includes(listed), 'the filter applies');
  });
});
