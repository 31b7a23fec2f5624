/**
 * A published item's back-office page offers 在该事项下新建文件 to the agency's editor (the work queue links a blank or
 * late item there, issue 11), and the new-document form arrives with that item ticked; others see no such link.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { getCatalogVersion } from '../../src/app/catalog/readCatalog.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';

describeEachEngine('new document from an item', (open) => {
  it('links the editor from the published item to the form with the item ticked', async () => {
    const web = await buildWebTestApp(await open());
    const item = (await getCatalogVersion(web.engine.db, web.publishedA))!.items[2]!;
    const itemUrl = `/admin/versions/${web.publishedA}/items/${item.id}`;
    const href = `/admin/agencies/${web.agencyA}/documents/new?item=${item.id}`;

    const editor = await web.signedIn('editorA');
    const page = await editor.get(itemUrl);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(`<a href="${href}" class="button button-primary">在该事项下新建文件</a>`));
    const form = await editor.get(href);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, new RegExp(`<input type="checkbox" id="[^"]+" name="items" value="${item.id}" checked=""`));
    assert.equal((form.body.match(/name="items" value="[^"]+" checked=""/g) ?? []).length, 1, 'only that item');
    const unknown = await editor.get(`/admin/agencies/${web.agencyA}/documents/new?item=nope`);
    assert.equal((unknown.body.match(/checked=""/g) ?? []).length, 0);

    for (const user of ['supervisor', 'reviewerA'] as const) {
      assert.ok(!(await (await web.signedIn(user)).get(itemUrl)).body.includes('在该事项下新建文件'), `${user} files no document`);
    }
  });
});
