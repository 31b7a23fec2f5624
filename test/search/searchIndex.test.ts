import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../helpers/databases.ts';
import { COUNT_CAP, searchIndexOf, type SearchEntry } from '../../src/storage/dialect/searchIndex.ts';
import { documentTokens as tokenizeForIndex, queryTerms as tokenizeQuery } from '../../src/domain/search/tokens.ts';
import { MAX_POSITIONS } from '../../src/domain/search/tokens.ts';
import type { Engine } from '../../src/storage/database.ts';
import { HOSTILE_QUERIES } from './hostileQueries.ts';

/** [id, agency, 发布日期, title, text] */
type Doc = [string, string, string, string, string];

const DOCS: Doc[] = [
  ['d1', 'a1', '2026-01-01', '中卫市医疗保障局关于城乡居民医保门诊报销比例调整的通知', '医保 医保 报销'],
  ['d2', 'a1', '2025-01-02', '2026年定点医药机构名单公示', ''],
  ['d3', 'a2', '2026-01-03', '沙坡头区基金运行情况', '本区医保基金运行平稳。'],
  ['d4', 'a2', '2026-01-04', '政府信息公开工作年度报告', 'PDF 下载'],
];

const entry = ([documentId, agencyId, publishedOn, title, text]: Doc, validity = 'effective'): SearchEntry => ({
  documentId, agencyId, year: Number(publishedOn.slice(0, 4)), validity, publishedOn, tokens: tokenizeForIndex(title, text),
});

function searcher(engine: Engine) {
  const index = searchIndexOf(engine.db);
  const search = (query: string, filter = {}, limit = 10, offset = 0, countUpTo?: number) => index.search(engine.db, { query: tokenizeQuery(query).match, filter, limit, offset, countUpTo });
  const ids = async (query: string, filter = {}) => (await search(query, filter)).hits.map((h) => h.documentId);
  return { index, search, ids };
}

describeEachEngine('search index', (open) => {
  async function seeded(docs: Doc[] = DOCS) {
    const engine = await open();
    const s = searcher(engine);
    for (const doc of docs) await s.index.upsert(engine.db, entry(doc));
    return { engine, ...s };
  }

  it('matches 2-character words, longer phrases and names no dictionary knows', async () => {
    const { search, ids } = await seeded();
    assert.deepEqual(await ids('医保'), ['d1', 'd3']);
    assert.deepEqual(await ids('公示'), ['d2']);
    assert.deepEqual(await ids('门诊报销比例'), ['d1']);
    assert.deepEqual(await ids('坡头'), ['d3']);
    assert.deepEqual(await ids('ｐｄｆ'), ['d4']);
    assert.equal((await search('医保')).total, 2);
  });

  it('matches a run of 3+ characters only as a phrase; separate runs are ANDed anywhere', async () => {
    const { ids } = await seeded([
      ['p1', 'a1', '2026-01-01', '关于政府信息公开工作的通知', ''],
      ['p2', 'a1', '2026-01-02', '信息报送和政务公开', '公开信息'],
      ['p3', 'a1', '2026-01-03', '年度报告', '本机关的信息，依法予以公开。'],
      ['p4', 'a1', '2025-06-01', '信息技术', '息公是人名。不公开。'],
      ['p5', 'a1', '2025-05-01', '通知', '信息。息公开'],
    ]);
    assert.deepEqual(await ids('信息公开'), ['p1']);
    assert.deepEqual(await ids('公开信息'), ['p2', 'p1', 'p3', 'p4', 'p5'], '公开 and 信息 are two lexicon words: each may be anywhere');
    assert.deepEqual(await ids('息报送'), ['p2'], 'an unknown run is a phrase');
    assert.deepEqual(await ids('信息 公开'), ['p2', 'p1', 'p3', 'p4', 'p5'], 'title hits first, then newest');
    assert.deepEqual(await ids('信息，公开'), ['p2', 'p1', 'p3', 'p4', 'p5'], 'punctuation separates runs too');
    assert.deepEqual(await ids('信息 息公 公开'), ['p1', 'p4', 'p5'], 'p4 and p5 have every bigram of 信息公开, apart');
    assert.deepEqual(await ids('息公开'), ['p2', 'p1', 'p3', 'p4', 'p5'], '息 beside the word 公开 is an optional single character');
    assert.deepEqual(await ids('政府信息公开工作'), ['p1']);
    assert.deepEqual(await ids('府信息公'), ['p1']);
    assert.deepEqual(await ids('信息公开 年度'), []);
  });

  it('matches a 1-character query wherever the character occurs', async () => {
    const { ids } = await seeded([
      ['c1', 'a1', '2026-01-01', '永宁县', ''],
      ['c2', 'a1', '2026-01-02', '通知', '县城规划'],
      ['c3', 'a1', '2026-01-03', '通知', '城市规划'],
    ]);
    assert.deepEqual(await ids('县'), ['c1', 'c2']);
    assert.deepEqual(await ids('划'), ['c3', 'c2']);
  });

  it('orders title hits first, then newer 发布日期, then the later-indexed of a day; pages across the tiers', async () => {
    const docs: Doc[] = [
      ['t1', 'a1', '2026-01-01', '医保通知', ''],
      ['t2', 'a1', '2026-03-01', '医保公告', ''],
      ['b1', 'a1', '2026-05-01', '通知', '医保'],
      ['b2', 'a1', '2026-02-01', '公告', '关于医保'],
      ['b3', 'a1', '2026-02-01', '公示', '医保报销'],
      ['t3', 'a1', '2025-12-31', '门诊医保', ''],
    ];
    const { search, ids } = await seeded(docs);
    const expected = ['t2', 't1', 't3', 'b1', 'b3', 'b2'];
    assert.deepEqual(await ids('医保'), expected);
    assert.deepEqual((await search('医保')).hits.map((h) => h.score), [2, 2, 2, 1, 1, 1]);
    for (const [limit, offset] of [[2, 0], [2, 2], [2, 4], [4, 1], [1, 3], [5, 5], [3, 6]] as const) {
      assert.deepEqual((await search('医保', {}, limit, offset)).hits.map((h) => h.documentId), expected.slice(offset, offset + limit), `${limit}@${offset}`);
    }
  });

  it('keeps the order of a common word (capped count) on both engines', async () => {
    const engine = await open();
    const { index, search } = searcher(engine);
    const n = COUNT_CAP + 200;
    const all: SearchEntry[] = [];
    for (let i = 0; i < n; i++) {
      const day = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      all.push(entry([`x${String(i).padStart(4, '0')}`, `a${i % 3}`, day, i % 97 === 0 ? `医保通知${i}` : `通知${i}`, i % 10 ? '城乡居民医保门诊报销' : '门诊报销']));
    }
    await index.addMany(engine.db, all);
    const result = await search('医保', {}, 10, 0);
    assert.equal(result.capped, true);
    const key = (e: SearchEntry) => e.publishedOn;
    const hits = all.filter((e) => e.tokens.all.stream.includes('医保'));
    const titled = hits.filter((e) => e.tokens.title.stream.includes('医保'));
    const rest = hits.filter((e) => !titled.includes(e));
    const order = (list: SearchEntry[]) => list.map((e, i) => ({ e, i })).sort((a, b) => key(b.e).localeCompare(key(a.e)) || b.i - a.i).map((x) => x.e.documentId);
    const expected = [...order(titled), ...order(rest)];
    for (const offset of [0, 5, 10, 500]) {
      assert.deepEqual((await search('医保', {}, 10, offset)).hits.map((h) => h.documentId), expected.slice(offset, offset + 10), `offset ${offset}`);
    }
    const byAgency = (await search('医保', { agencyId: 'a1' }, 10, 0)).hits.map((h) => h.documentId);
    assert.deepEqual(byAgency, expected.filter((id) => Number(id.slice(1)) % 3 === 1).slice(0, 10));
    const common = await search('报销', {}, 10, 0);
    assert.equal(common.capped, true);
    assert.equal(common.total, COUNT_CAP);
  });

  it('counts no further than the request asks, with the same pages, on both engines', async () => {
    const engine = await open();
    const { index } = searcher(engine);
    const all: SearchEntry[] = [];
    for (let i = 0; i < 260; i++) {
      const day = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      all.push(entry([`c${String(i).padStart(3, '0')}`, `a${i % 2}`, day, i % 7 === 0 ? `医保通知${i}` : `通知${i}`, i % 2 ? '城乡居民医保门诊报销' : '门诊报销']));
    }
    await index.addMany(engine.db, all);
    const search = (query: string, limit: number, offset: number, countUpTo?: number) =>
      index.search(engine.db, { query: tokenizeQuery(query).match, filter: {}, limit, offset, countUpTo });
    // 医保: 130 hits (odd rows, and every 7th row's title).
    const full = await search('医保', 100, 0);
    assert.deepEqual([full.total, full.capped], [all.filter((e, i) => i % 2 || i % 7 === 0).length, false]);
    for (const [limit, offset, cap] of [[100, 0, 100], [10, 0, 50], [10, 120, 100], [5, 3, 1]] as const) {
      const capped = await search('医保', limit, offset, cap);
      assert.deepEqual(capped.hits, (await search('医保', limit, offset)).hits, `${limit}@${offset} cap ${cap}`);
      assert.deepEqual([capped.total, capped.capped], [cap, true], `${limit}@${offset} cap ${cap}`);
    }
    const roomy = await search('医保', 100, 0, 200);
    assert.deepEqual([roomy.total, roomy.capped], [full.total, false]);
    const fewer = await search('医保', 10, 0, 5000);
    assert.deepEqual([fewer.total, fewer.capped], [full.total, false], 'a cap above COUNT_CAP counts as COUNT_CAP');
    const common = await search('报销', 10, 0, 200);
    assert.deepEqual([common.total, common.capped], [200, true]);
  });

  // 值班排表 is no lexicon word: one phrase, as a rare phrase query is.
  it('orders a rarer word the same way when the newest rows do not decide it (GIN path)', async () => {
    const engine = await open();
    const { index, search } = searcher(engine);
    const all: SearchEntry[] = [];
    for (let i = 0; i < 2700; i++) {
      const day = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      // i % 5 === 1: every token of 值班排表 but never adjacent (PostgreSQL's loose GIN candidates that are no hit).
      const text = i % 5 === 0 ? '城乡居民值班排表' : i % 5 === 1 ? '班排，值班，排表' : '通知';
      all.push(entry([`g${String(i).padStart(4, '0')}`, `a${i % 3}`, day, i % 50 === 0 ? `值班排表${i}` : `公告${i}`, text]));
    }
    await index.addMany(engine.db, all);
    const order = (has: (e: SearchEntry) => boolean, inTitle: (e: SearchEntry) => boolean) => {
      const hits = all.map((e, i) => ({ e, i })).filter((x) => has(x.e));
      const sorted = (list: typeof hits) => [...list].sort((a, b) => b.e.publishedOn.localeCompare(a.e.publishedOn) || b.i - a.i).map((x) => x.e.documentId);
      return [...sorted(hits.filter((x) => inTitle(x.e))), ...sorted(hits.filter((x) => !inTitle(x.e)))];
    };
    const phrase = order((e) => Number(e.documentId.slice(1)) % 5 === 0, (e) => Number(e.documentId.slice(1)) % 50 === 0);
    for (const offset of [0, 10, 500]) {
      const result = await search('值班排表', {}, 10, offset);
      assert.deepEqual(result.hits.map((h) => h.documentId), phrase.slice(offset, offset + 10), `offset ${offset}`);
      assert.equal(result.total, phrase.length);
    }
    // A small count bound: PostgreSQL reads only a window of the newest rows (no title hit is older); same page, capped count.
    const inText = order((e) => Number(e.documentId.slice(1)) % 5 === 0, () => false);
    for (const offset of [0, 40]) {
      const result = await search('居民值班', {}, 10, offset, 50);
      assert.deepEqual(result.hits.map((h) => h.documentId), inText.slice(offset, offset + 10), `windowed offset ${offset}`);
      assert.deepEqual([result.total, result.capped], [50, true]);
    }
  });

  it('matches phrases in the first positions only, single tokens everywhere: the same on both engines', async () => {
    const filler = Array.from({ length: MAX_POSITIONS + 50 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('');
    const { ids } = await seeded([
      ['l1', 'a1', '2026-01-01', '长文件', `${filler}。鼗鼙鼛`],
      ['l2', 'a1', '2026-01-02', '短文件', '鼗鼙鼛'],
    ]);
    assert.deepEqual(await ids('鼗鼙'), ['l2', 'l1']);
    assert.deepEqual(await ids('鼗鼙鼛'), ['l2']);
  });

  it('filters by agency, year and validity; a removed document is gone; re-indexing keeps one entry', async () => {
    const { engine, index, ids } = await seeded();
    assert.deepEqual(await ids('医保', { agencyId: 'a2' }), ['d3']);
    assert.deepEqual(await ids('公示', { year: 2026 }), []);
    assert.deepEqual(await ids('公示', { year: 2025 }), ['d2']);
    assert.deepEqual(await ids('医保', { validity: 'repealed' }), []);
    await index.remove(engine.db, 'd3');
    assert.deepEqual(await ids('医保'), ['d1']);
    await index.upsert(engine.db, entry(['d1', 'a1', '2026-01-01', '通知', '已废止'], 'repealed'));
    assert.deepEqual(await ids('医保'), []);
    assert.deepEqual(await ids('废止', { validity: 'repealed' }), ['d1']);
    await index.upsert(engine.db, entry(['d1', 'a1', '2026-02-01', '医保通知', '已废止'], 'repealed'));
    assert.deepEqual(await ids('医保'), ['d1']);
    const left = await sql<{ n: number }>`select count(*) as n from document_search`.execute(engine.db);
    assert.equal(Number(left.rows[0]!.n), 3);
  });

  it('answers every hostile query without an error', async () => {
    const { engine, search } = await seeded();
    for (const query of HOSTILE_QUERIES) {
      const result = await search(query);
      assert.ok(Array.isArray(result.hits), query);
    }
    assert.deepEqual((await search('"医保" AND 报销 NEAR(x)')).hits, [], 'syntax words are plain terms');
    assert.deepEqual((await search('医保" OR "1"="1')).hits, []);
    assert.deepEqual((await search('title 医保 meta')).hits, []);
    assert.deepEqual((await search('\uE000')).hits, [], 'the run separator is not searchable');
    assert.deepEqual((await search('yr2026')).hits, [], 'filter tokens are not searchable');
    const left = await sql<{ n: number }>`select count(*) as n from document_search`.execute(engine.db);
    assert.equal(Number(left.rows[0]!.n), 4, 'nothing was dropped');
  });
});
