import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allButOne, RANKED_CANDIDATES } from '../../src/app/documents/searchDocuments.ts';
import { queryTerms } from '../../src/domain/search/tokens.ts';
import { leftOutEach } from '../../src/storage/dialect/searchContract.ts';

/** Documents as sets of words, newest first; `search` ANDs the words given, as the engines do. */
function corpus(docs: string[][]) {
  return (words: { text: string }[]) => leftOutEach(words, async (query) => {
    const hits = docs.flatMap((words, i) => (query.every((w) => words.includes(w.text)) ? [{ documentId: `d${i}`, score: 1 }] : []));
    return { hits: hits.slice(0, RANKED_CANDIDATES), total: hits.length, capped: false };
  });
}

describe('partial matches: documents lacking one word', () => {
  it('finds a document that holds all words but one, though a hundred newer ones hold only the commonest word', async () => {
    const words = queryTerms('生育 费用 医保 报销').match;
    const docs = [...Array.from({ length: 150 }, () => ['医保']), ['生育', '医保', '报销']];
    const found = await allButOne(words, corpus(docs));
    assert.deepEqual(found.hits.map((h) => h.documentId), ['d150']);
  });

  it('takes the lists in turns up to the bound, and needs three words or more', async () => {
    const words = queryTerms('生育 医保 报销').match;
    const docs = Array.from({ length: 300 }, (_, i) => (i % 2 ? ['生育', '医保'] : ['医保', '报销']));
    const found = await allButOne(words, corpus(docs));
    assert.equal(found.hits.length, RANKED_CANDIDATES);
    assert.deepEqual(found.hits.slice(0, 2).map((h) => h.documentId), ['d0', 'd1'], 'the first of each list first');
    assert.equal((await allButOne(queryTerms('生育 医保').match, corpus(docs))).total, 0);
  });
});
