/** The search eval's metrics (scripts/search-eval/metrics.ts) on hand-computed examples. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dcg, documentsOnly, figures, ndcgAt, successAt, type QueryOutcome } from '../../scripts/search-eval/metrics.ts';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-6, `${actual} ≉ ${expected}`);

describe('search eval metrics', () => {
  it('nDCG@10 of a hand-computed ranking with graded gains 2^g − 1 and log2(rank + 1) discounts', () => {
    // ranked x, a, b with a = 2, b = 1, c = 1 (c not retrieved):
    // DCG  = 0/log2(2) + 3/log2(3) + 1/log2(4) = 1.8927893 + 0.5 = 2.3927893
    // IDCG = 3/log2(2) + 1/log2(3) + 1/log2(4) = 3 + 0.6309298 + 0.5 = 4.1309298
    close(dcg([0, 2, 1]), 2.3927893);
    close(ndcgAt(['x', 'a', 'b'], { a: 2, b: 1, c: 1 }), 0.5792375);
    close(ndcgAt(['a', 'b', 'c'], { a: 2, b: 1, c: 1 }), 1);
    close(ndcgAt(['x', 'y'], { a: 2 }), 0);
  });

  it('counts only the first 10 ranks', () => {
    const eleven = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9', 'n10', 'a'];
    close(ndcgAt(eleven, { a: 2 }), 0);
    assert.equal(successAt(eleven, { a: 2 }), false);
    assert.equal(successAt(['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9', 'a'], { a: 1 }), true);
  });

  it('an item target the engine cannot return stays in the ideal ranking', () => {
    // DCG = 3; IDCG = 3 + 3/log2(3) = 4.8927893
    close(ndcgAt(['d'], { 'item:zw:服务公开/监督检查': 2, d: 2 }), 0.6131472);
    assert.deepEqual(documentsOnly({ 'item:zw:服务公开/监督检查': 2, 'agency:lw': 2, d: 1 }), { d: 1 });
  });

  it('success@10 and nDCG@10 over judged queries only; the zero-result rate over all queries', () => {
    const outcome = (ranked: string[], total: number, relevant: Record<string, number>): QueryOutcome => ({ category: 'short', ranked, total, relevant });
    const f = figures([
      outcome(['a'], 1, { a: 2 }), // success, nDCG 1
      outcome([], 0, { b: 1 }), // failure, zero results
      outcome(['x', 'c'], 2, { c: 1 }), // success, nDCG (1/log2 3)/1 = 0.6309298
      outcome([], 0, {}), // nothing relevant: only counts as a zero result
    ]);
    assert.equal(f.queries, 4);
    assert.equal(f.judged, 3);
    close(f.success, 2 / 3);
    close(f.ndcg, (1 + 0 + 0.6309298) / 3);
    close(f.zeroRate, 0.5);
  });
});

describe('search eval judged set', () => {
  const dir = join(import.meta.dirname, '..', '..', 'bench', 'search-eval');
  const corpus = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as { key: string }[];
  const { queries } = JSON.parse(readFileSync(join(dir, 'judgments.json'), 'utf8')) as { queries: { query: string; category: string; relevant: Record<string, number> }[] };

  it('has at least 80 queries in every category over at least 500 documents', () => {
    assert.ok(queries.length >= 80 && corpus.length >= 500, `${queries.length} queries, ${corpus.length} documents`);
    for (const category of ['short', 'docnum', 'natural', 'variant', 'item']) assert.ok(queries.some((q) => q.category === category), category);
  });

  it('judges only documents of the corpus (or item/agency targets), with grades 1 and 2', () => {
    const keys = new Set(corpus.map((d) => d.key));
    for (const q of queries) {
      for (const [key, grade] of Object.entries(q.relevant)) {
        assert.ok(keys.has(key) || /^(item:(zw|gy|lw|jf|dwk):.+\/.+|agency:(zw|gy|lw|jf|dwk))$/.test(key), `${q.query}: ${key}`);
        assert.ok(grade === 1 || grade === 2, `${q.query}: ${key} = ${grade}`);
      }
    }
  });
});
