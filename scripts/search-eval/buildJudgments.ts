/**
 * Writes bench/search-eval/judgments.json: the judged query set, from the written judging rules
 * (scripts/search-eval/judging/) applied to the corpus. Judged before any engine was run on it.
 *   node --import tsx scripts/search-eval/buildJudgments.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusDocument } from './corpus/model.ts';
import { judge } from './judging/judge.ts';
import { numberQueries, shortQueries, variantQueries } from './judging/wordQueries.ts';
import { attachmentQueries, itemQueries, naturalQueries } from './judging/questionQueries.ts';

const dir = join(import.meta.dirname, '..', '..', 'bench', 'search-eval');
const docs = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as CorpusDocument[];
const judged = judge(docs, [...shortQueries, ...numberQueries(docs), ...naturalQueries, ...variantQueries(docs), ...itemQueries, ...attachmentQueries]);
const empty = judged.filter((q) => Object.keys(q.relevant).length === 0 && !q.basis.includes('无相关结果'));
if (empty.length) throw new Error(`queries judged with nothing relevant by mistake: ${empty.map((q) => q.query).join(', ')}`);
writeFileSync(join(dir, 'judgments.json'), `${JSON.stringify({ judgedOn: '2026-12-07', queries: judged }, null, 1)}\n`);
const count = (c: string) => judged.filter((q) => q.category === c).length;
console.log(`${judged.length} queries: ${['short', 'docnum', 'natural', 'variant', 'item', 'attachment'].map((c) => `${c} ${count(c)}`).join(', ')}`);
