import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { searchIndexOf, type SearchEntry, type SearchFilter } from '../../src/storage/dialect/searchIndex.ts';
import { leftOutEach } from '../../src/storage/dialect/searchContract.ts';
import { documentTokens, queryTerms } from '../../src/domain/search/tokens.ts';
import { fts5Query } from '../../src/storage/dialect/search.sqlite.ts';
import { wordSetsWithin } from '../../src/storage/dialect/search.sqliteLeftOut.ts';
import { sql } from 'kysely';

// SearchIndex.leaveOneOut gives, for each word, the lists that one search per left-out word gives — in the same order
// (title hits first, then newest) and cut at the same limit —, whichever way the engine reads them
// (SQLite reads each word's documents in a small filter once: search.sqliteLeftOut.ts).
const WORDS = ['门诊', '慢特病', '报销', '医疗救助', '待遇', '困难群众'];

/** A deterministic mix: each document holds some of the words, in its title or its text, over two agencies and years. */
function corpus(): SearchEntry[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: 400 }, (_, i) => {
    const inText = WORDS.filter(() => next() < 0.7);
    const inTitle = inText.filter(() => next() < 0.3);
    const day = 1 + (i % 28);
    return {
      documentId: `d${i}`, agencyId: i % 3 === 0 ? 'a2' : 'a1', year: i % 2 ? 2025 : 2026, validity: i % 5 ? 'effective' : 'repealed',
      publishedOn: `${i % 2 ? 2025 : 2026}-${String(1 + (i % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      tokens: documentTokens(`关于${inTitle.join('和')}的通知${i}`, `本文说明${inText.join('，')}等事项。`),
    };
  });
}

describeEachEngine('search index: partial matches word by word left out', (open, engineName) => {
  const filters: SearchFilter[] = [{ agencyId: 'a1' }, { agencyId: 'a2', year: 2025 }, { agencyId: 'a1', validity: 'repealed' }, {}, { year: 2026 }];

  it('gives the lists of one search per left-out word, in their order and cut at their limit', async () => {
    const engine = await open();
    const index = searchIndexOf(engine.db);
    await index.addMany(engine.db, corpus());
    const query = queryTerms('困难群众门诊慢特病医疗救助待遇').match;
    assert.ok(query.length >= 4, 'the query has four words or more');
    for (const filter of filters) {
      for (const [limit, offset] of [[100, 0], [7, 0], [5, 3]] as const) {
        const request = { query, filter, limit, offset };
        const expected = await leftOutEach(query, (q) => index.search(engine.db, { ...request, query: q }));
        assert.ok(expected.some((list) => list.length > 0), 'some list has hits');
        assert.deepEqual(await index.leaveOneOut(engine.db, request), expected, `${JSON.stringify(filter)} ${limit}/${offset}`);
      }
    }
    if (engineName === 'sqlite') {
      // The agency's filter is small enough to be read word by word (not by walks of the words together).
      const ag = ` AND meta : "ag${Buffer.from('a1').toString('hex')}"`;
      const words = query.map((w) => ({ all: `(${fts5Query([w], 'all')})${ag}`, title: `(${fts5Query([w], 'title')})${ag}` }));
      assert.ok(await wordSetsWithin(engine.db, ag.slice(5), sql``, words));
    }
  });

  it('a search that may lack a whole match gives the same page and count, and the left-out lists when there is none', async () => {
    const engine = await open();
    const index = searchIndexOf(engine.db);
    await index.addMany(engine.db, corpus());
    await index.upsert(engine.db, { ...corpus()[0]!, documentId: 'x1', tokens: documentTokens('异地就医备案', '鼗鼙') });
    for (const text of ['困难群众门诊慢特病医疗救助', '困难群众门诊慢特病医疗救助待遇报销', '鼗鼙困难群众门诊报销', '门诊报销待遇']) {
      const query = queryTerms(text).match;
      for (const filter of filters) {
        for (const [limit, offset, countUpTo] of [[100, 0, 200], [3, 2, 20]] as const) {
          const request = { query, filter, limit, offset, countUpTo };
          const plain = await index.search(engine.db, request);
          const asked = await index.search(engine.db, { ...request, leftOutIfNone: true });
          const label = `${text} ${JSON.stringify(filter)} ${limit}/${offset}`;
          assert.deepEqual({ ...asked, leftOut: undefined }, { ...plain, leftOut: undefined }, label);
          if (asked.leftOut) assert.deepEqual(asked.leftOut, await leftOutEach(query, (q) => index.search(engine.db, { ...request, query: q })), label);
          if (engineName === 'sqlite' && filter.agencyId && plain.total === 0) assert.ok(asked.leftOut, `${label}: read on the way`);
        }
      }
    }
  });
});
