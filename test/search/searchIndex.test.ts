import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../helpers/databases.ts';
import { searchIndexOf, type SearchEntry } from '../../src/storage/dialect/searchIndex.ts';
import { indexTokenString, tokenizeQuery } from '../../src/app/search/tokenizer.ts';
import { HOSTILE_QUERIES } from './hostileQueries.ts';

const DOCS: [string, string, string][] = [
  ['d1', 'a1', '中卫市医疗保障局关于城乡居民医保门诊报销比例调整的通知 医保 医保 医保 医保 医保 医保 报销'],
  ['d2', 'a1', '2026年定点医药机构名单公示'],
  ['d3', 'a2', '沙坡头区医保基金运行情况 医保'],
  ['d4', 'a2', '政府信息公开工作年度报告 PDF 下载'],
];

describeEachEngine('search index', (open) => {
  async function seeded() {
    const engine = await open();
    const index = searchIndexOf(engine.db);
    for (const [documentId, agencyId, text] of DOCS) {
      const entry: SearchEntry = { documentId, agencyId, year: documentId === 'd2' ? 2025 : 2026, validity: 'effective', publishedOn: `2026-01-0${documentId[1]}`, tokens: indexTokenString(text) };
      await index.upsert(engine.db, entry);
    }
    const search = (query: string, filter = {}) => index.search(engine.db, { terms: tokenizeQuery(query).terms, filter, limit: 10, offset: 0 });
    return { engine, index, search };
  }

  it('matches 2-character words, longer phrases and names no dictionary knows', async () => {
    const { search } = await seeded();
    assert.deepEqual((await search('医保')).hits.map((h) => h.documentId), ['d1', 'd3']);
    assert.deepEqual((await search('公示')).hits.map((h) => h.documentId), ['d2']);
    assert.deepEqual((await search('门诊报销比例')).hits.map((h) => h.documentId), ['d1']);
    assert.deepEqual((await search('坡头')).hits.map((h) => h.documentId), ['d3']);
    assert.deepEqual((await search('ｐｄｆ')).hits.map((h) => h.documentId), ['d4']);
    assert.equal((await search('医保')).total, 2);
  });

  it('ranks by relevance, then by date', async () => {
    const { search } = await seeded();
    const hits = (await search('医保')).hits;
    assert.ok(hits[0]!.score >= hits[1]!.score);
    assert.equal(hits[0]!.documentId, 'd1', 'd1 says 医保 seven times');
  });

  it('filters by agency, year and validity; a removed document is gone', async () => {
    const { engine, index, search } = await seeded();
    assert.deepEqual((await search('医保', { agencyId: 'a2' })).hits.map((h) => h.documentId), ['d3']);
    assert.deepEqual((await search('公示', { year: 2026 })).hits, []);
    assert.deepEqual((await search('医保', { validity: 'repealed' })).hits, []);
    await index.remove(engine.db, 'd3');
    assert.deepEqual((await search('医保')).hits.map((h) => h.documentId), ['d1']);
    await index.upsert(engine.db, { documentId: 'd1', agencyId: 'a1', year: 2026, validity: 'repealed', publishedOn: '2026-01-01', tokens: indexTokenString('已废止') });
    assert.deepEqual((await search('医保')).hits, []);
    assert.deepEqual((await search('废止', { validity: 'repealed' })).hits.map((h) => h.documentId), ['d1']);
  });

  it('answers every hostile query without an error', async () => {
    const { engine, search } = await seeded();
    for (const query of HOSTILE_QUERIES) {
      const result = await search(query);
      assert.ok(Array.isArray(result.hits), query);
    }
    assert.deepEqual((await search('"医保" AND 报销 NEAR(x)')).hits, [], 'syntax words are plain terms');
    assert.deepEqual((await search('医保" OR "1"="1')).hits, []);
    const left = await sql<{ n: number }>`select count(*) as n from document_search`.execute(engine.db);
    assert.equal(Number(left.rows[0]!.n), 4, 'nothing was dropped');
  });
});
