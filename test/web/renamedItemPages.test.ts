import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor } from '../helpers/appContext.ts';
import { buildWebTestApp, type WebTestApp } from '../helpers/webApp.ts';
import { renameItem } from '../documents/renamedItemFixtures.ts';
import { draftDocument, publishDocument, ITEM_NORMATIVE } from './documentsFixture.ts';
import { getPublishedCatalog } from '../../src/app/catalog/readCatalog.ts';
import type { Actor } from '../../src/domain/accounts/roles.ts';

const RULES = '政府信息公开制度及相关规定';

/** Agency A's three signing officers, to rename its items through a reviewed and signed-off version. */
function officersOf(web: WebTestApp) {
  const staff = (role: Actor['roles'][number], name: string) => contextFor(web.engine, { id: `u-${role}`, name, roles: [role], agencyId: web.agencyA, regionId: null }, web.clock);
  return { engine: web.engine, agencyId: web.agencyA, editor: staff('editor', '伊玉红'), reviewer: staff('reviewer', '张华'), approver: staff('approver', '李新忠') };
}

describeEachEngine('pages of a renamed item\'s documents (issue 12: filed names matched by the item\'s key)', (open) => {
  it('the 制度 column, the API\'s item query, a document\'s item link and the edit form keep documents filed under the former name', async () => {
    const web = await buildWebTestApp(await open());
    const rules = (await getPublishedCatalog(web.engine.db, web.agencyA))!.items.find((item) => item.level2 === RULES)!;
    await publishDocument(web, { title: '本局政府信息公开工作规定', items: [{ level1: rules.level1, level2: RULES }] });
    const normativeDoc = await publishDocument(web, { title: '关于调整门诊报销比例的通知', items: [ITEM_NORMATIVE] });
    const draft = await draftDocument(web, { title: '改名前起草的规范性文件', items: [ITEM_NORMATIVE] });
    await renameItem(officersOf(web), RULES, '政府信息公开工作制度');
    await renameItem(officersOf(web), ITEM_NORMATIVE.level2, '行政规范性文件');
    const normative = (await getPublishedCatalog(web.engine.db, web.agencyA))!.items.find((item) => item.level2 === '行政规范性文件')!;
    const visitor = web.client();

    const column = (await visitor.get(`/agencies/${web.agencyA}/rules`)).body;
    assert.ok(column.includes('政府信息公开工作制度') && column.includes('本局政府信息公开工作规定'), 'the 制度 column lists the renamed item\'s document');
    const api = await visitor.get(`/api/v1/agencies/${web.agencyA}/documents?level1=${encodeURIComponent(ITEM_NORMATIVE.level1)}&level2=${encodeURIComponent('行政规范性文件')}`);
    assert.deepEqual((JSON.parse(api.body) as { data: { id: string }[] }).data.map((doc) => doc.id), [normativeDoc], 'the API lists it under the new name');
    const page = (await visitor.get(`/documents/${normativeDoc}`)).body;
    assert.ok(page.includes(`href="/agencies/${web.agencyA}/items/${normative.itemKey}"`), 'the document links to the renamed item');

    const form = (await (await web.signedIn('editorA')).get(`/admin/documents/${draft}/edit`)).body;
    assert.match(form, new RegExp(`<input type="checkbox" [^>]*value="${normative.id}" checked`), 'the draft stays ticked under the renamed item');
  });
});
