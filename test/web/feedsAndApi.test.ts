import assert from 'node:assert/strict';
import { it } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { getPublishedCatalog } from '../../src/app/catalog/readCatalog.ts';
import { draftDocument, publishDocument, publishWithInterpretation } from './documentsFixture.ts';

function parseXml(text: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(message); } }).parseFromString(text, 'application/xml');
  assert.deepEqual(errors, [], 'well-formed XML');
  return doc;
}

describeEachEngine('feeds, sitemap and JSON API', (open) => {
  it('serves well-formed Atom per agency and per item, and a sitemap listing documents', async () => {
    const web = await buildWebTestApp(await open());
    const { policyId } = await publishWithInterpretation(web, { title: '关于A&B “医保” <试点> 的通知' });
    const visitor = web.client();
    const feed = await visitor.get(`/agencies/${web.agencyA}/feed.xml`);
    assert.equal(feed.statusCode, 200);
    assert.match(String(feed.headers['content-type']), /application\/atom\+xml/);
    const atom = parseXml(feed.body);
    assert.equal(atom.documentElement!.namespaceURI, 'http://www.w3.org/2005/Atom');
    const titles = Array.from(atom.getElementsByTagName('entry')).map((e) => e.getElementsByTagName('title')[0]!.textContent);
    assert.ok(titles.includes('关于A&B “医保” <试点> 的通知'));
    const item = (await getPublishedCatalog(web.engine.db, web.agencyA))!.items.find((i) => i.level2 === '规范性文件')!;
    const itemFeed = parseXml((await visitor.get(`/agencies/${web.agencyA}/items/${item.itemKey}/feed.xml`)).body);
    assert.equal(itemFeed.getElementsByTagName('entry').length, 1);
    const sitemap = await visitor.get('/sitemap.xml');
    const locs = Array.from(parseXml(sitemap.body).getElementsByTagName('loc')).map((l) => l.textContent ?? '');
    assert.ok(locs.some((l) => l.endsWith(`/documents/${policyId}`)));
    assert.ok(locs.some((l) => l.endsWith(`/agencies/${web.agencyA}/guide`)));
    assert.equal((await visitor.get(`/agencies/no-such/feed.xml`)).statusCode, 404);
  });

  it('pages the JSON API and never includes drafts or internal notes', async () => {
    const web = await buildWebTestApp(await open());
    const published = [];
    for (let n = 0; n < 3; n++) published.push(await publishDocument(web, { title: `公开文件${n}`, internalNote: `内部备注秘密${n}` }));
    const draft = await draftDocument(web, { title: '草稿文件不公开', internalNote: '内部备注秘密草稿' });
    const visitor = web.client();
    const page1 = JSON.parse((await visitor.get('/api/v1/documents?limit=2')).body);
    assert.equal(page1.total, 3);
    assert.equal(page1.data.length, 2);
    assert.equal(page1.hasMore, true);
    const page2 = JSON.parse((await visitor.get('/api/v1/documents?limit=2&offset=2')).body);
    assert.equal(page2.data.length, 1);
    assert.equal(page2.hasMore, false);
    const ids = [...page1.data, ...page2.data].map((d: { id: string }) => d.id).sort();
    assert.deepEqual(ids, [...published].sort());
    const responses = [
      await visitor.get('/api/v1/documents?limit=100'), await visitor.get(`/api/v1/agencies/${web.agencyA}/documents`),
      await visitor.get(`/api/v1/documents/${published[0]}`), await visitor.get(`/api/v1/agencies/${web.agencyA}/catalog?limit=100`), await visitor.get('/api/v1/agencies'),
    ];
    for (const r of responses) {
      assert.equal(r.statusCode, 200);
      assert.ok(!r.body.includes('草稿文件不公开') && !r.body.includes('内部备注秘密') && !r.body.includes(draft), r.body.slice(0, 200));
      assert.ok(!/secrecy|reviewComment|internalNote|createdBy|approvedBy/.test(r.body));
    }
    const missing = await visitor.get(`/api/v1/documents/${draft}`);
    assert.equal(missing.statusCode, 404);
    assert.deepEqual(JSON.parse(missing.body).error.status, 404);
    const catalog = JSON.parse(responses[3]!.body);
    assert.equal(catalog.items.total, 36);
    assert.deepEqual(catalog.items.data[0].key, { level1: '概况信息', level2: '机构信息' });
    const byItem = JSON.parse((await visitor.get(`/api/v1/agencies/${web.agencyA}/documents?level1=${encodeURIComponent('基本信息')}&level2=${encodeURIComponent('规范性文件')}`)).body);
    assert.equal(byItem.total, 3);
  });
});
