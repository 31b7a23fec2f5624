import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { documentWorld, ITEM, publishNew } from '../documents/documentFixtures.ts';
import { searchDocuments } from '../../src/app/documents/searchDocuments.ts';
import { getPublishedCatalog } from '../../src/app/catalog/readCatalog.ts';
import { HOSTILE_QUERIES } from './hostileQueries.ts';

describeEachEngine('searchDocuments', (open) => {
  it('finds by title, body, metadata and 索引号, filters by item and year, highlights in TypeScript', async () => {
    const world = await documentWorld(await open());
    const a = await publishNew(world, { title: '关于城乡居民医保门诊报销比例的通知', documentNumber: '卫医保发〔2026〕3号' }, '<p>门诊报销比例提高到60%。</p>');
    const b = await publishNew(world, { title: '定点医药机构名单公示', keywords: '定点机构', summary: '定点医药机构名单', documentNumber: '' }, '<p>以下机构纳入医保定点管理。</p>');
    const ids = async (query: string, extra = {}) => (await searchDocuments(world.engine.db, { query, ...extra })).results.map((r) => r.id);
    assert.deepEqual(await ids('报销'), [a.documentId]);
    assert.deepEqual((await ids('医保')).sort(), [a.documentId, b.documentId].sort());
    assert.deepEqual(await ids('公示'), [b.documentId]);
    assert.equal((await ids('卫医保发'))[0], a.documentId, '卫 and 发 are optional single characters: the 文号 ranks first');
    assert.deepEqual(await ids(b.indexNumber!), [b.documentId]);
    const { itemKey } = (await getPublishedCatalog(world.engine.db, world.agencyId))!.items.find((i) => i.level1 === ITEM.level1 && i.level2 === ITEM.level2)!;
    assert.deepEqual(await ids('医保', { item: { agencyId: world.agencyId, itemKey }, year: 2025 }), []);
    assert.equal((await ids('医保', { item: { agencyId: world.agencyId, itemKey }, year: 2026 })).length, 2);
    const hit = (await searchDocuments(world.engine.db, { query: '门诊报销' })).results[0]!;
    assert.equal(hit.titleHtml, '关于城乡居民医保<mark>门诊报销</mark>比例的通知');
    assert.match(hit.snippetHtml, /<mark>门诊报销<\/mark>比例提高到60%/);
  });

  it('answers every hostile query with sane results, never an error', async () => {
    const world = await documentWorld(await open());
    await publishNew(world);
    for (const query of HOSTILE_QUERIES) {
      const result = await searchDocuments(world.engine.db, { query, page: 3, pageSize: 1000 });
      assert.ok(result.pageSize <= 50 && result.total >= 0, query);
    }
    assert.deepEqual((await searchDocuments(world.engine.db, { query: '' })).results, []);
    assert.deepEqual((await searchDocuments(world.engine.db, { query: '。，！' })).results, []);
  });
});
