/**
 * Measures query segmenters on the judged queries of bench/search-eval (docs/adr/0011-search-words-and-ranking.md):
 * the project's dictionary (domain/search/segment.ts, lexicon with the seed catalogs' item names), jieba
 * (@node-rs/jieba 2.0.2, HMM on) and Intl.Segmenter('zh-CN'). Each cuts every query into words; the same stop
 * words are dropped and the same synonyms applied; then, over the corpus texts (title, metadata, summary,
 * body, attachment cells; wrapped Han text joined), it counts for how many queries a highly relevant document
 * has every word (the AND the engines run would find it), how many documents have every word (fewer = more
 * precise), and the time per query.
 *
 *   JIEBA_DIR=/tmp/jieba node --import tsx scripts/search-segmenters.ts
 *   (jieba is not a dependency: npm install --prefix /tmp/jieba @node-rs/jieba@2.0.2; without JIEBA_DIR it is left out)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { importText } from '../src/importers/importCatalogText.ts';
import { BASE_LEXICON, buildLexicon, segmentQuery } from '../src/domain/search/segment.ts';
import { joinWrappedHan, normalizeText, textRuns } from '../src/domain/search/normalize.ts';

const ROOT = join(import.meta.dirname, '..');
type Doc = { key: string; title: string; documentNumber?: string; publisher: string; keywords: string[]; summary: string; body: string[]; attachment?: { rows: string[][] } };
type Judged = { query: string; relevant: Record<string, number> };
const corpus = JSON.parse(readFileSync(join(ROOT, 'bench/search-eval/corpus.json'), 'utf8')) as Doc[];
const queries = (JSON.parse(readFileSync(join(ROOT, 'bench/search-eval/judgments.json'), 'utf8')) as { queries: Judged[] }).queries;
const texts = new Map(corpus.map((d) => [d.key, normalizeText(joinWrappedHan([d.title, d.documentNumber ?? '', d.publisher, d.keywords.join(' '), d.summary, ...d.body, ...(d.attachment?.rows.flat() ?? [])].join('\n')))]));

const seeds = join(ROOT, 'demo/seeds');
const itemNames = readdirSync(seeds).flatMap((f) => importText(readFileSync(join(seeds, f)), { source: f }).catalog.items.flatMap((i) => [i.level1, i.level2 ?? '']));
const lexicon = buildLexicon(itemNames);

/** Words of a segmenter's raw pieces, with the dictionary's stop words and synonyms (so only the cutting differs). */
const asWords = (pieces: string[]) => pieces.map((p) => normalizeText(p).trim()).filter((p) => p && textRuns(p).length > 0 && !BASE_LEXICON.stop.has(p))
  .map((p) => ({ text: p, forms: [...(lexicon.synonyms.get(p) ?? [p])] }));

const segmenters: Record<string, (q: string) => { text: string; forms: string[] }[]> = {
  // Optional words (single characters no word covers) are not ANDed by the engines.
  dictionary: (q) => segmentQuery(q, lexicon).filter((w) => !w.optional),
  'Intl.Segmenter': (() => {
    const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    return (q: string) => asWords([...seg.segment(q)].filter((s) => s.isWordLike).map((s) => s.segment));
  })(),
};
if (process.env.JIEBA_DIR) {
  const require = createRequire(join(process.env.JIEBA_DIR, 'node_modules', 'x.js'));
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): { cut(s: string, hmm: boolean): string[] } } };
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  const jieba = Jieba.withDict(dict);
  segmenters['jieba (@node-rs/jieba 2.0.2)'] = (q) => asWords(jieba.cut(q, true));
}

const has = (text: string, word: { forms: string[] }) => word.forms.some((f) => text.includes(normalizeText(f)));
console.log(`${queries.length} judged queries, ${corpus.length} documents; lexicon ${lexicon.words.size} field words and synonyms + ${lexicon.catalogWords.size} catalog words (from ${itemNames.length} item names)`);
for (const [name, cut] of Object.entries(segmenters)) {
  let found = 0;
  let judged = 0;
  let matching = 0;
  let words = 0;
  const started = performance.now();
  const cuts = queries.map((q) => cut(q.query));
  const ms = (performance.now() - started) / queries.length;
  queries.forEach((q, i) => {
    const w = cuts[i]!;
    const best = Object.entries(q.relevant).filter(([key, grade]) => grade === 2 && texts.has(key)).map(([key]) => key);
    if (best.length === 0 || w.length === 0) return;
    judged++;
    words += w.length;
    if (best.some((key) => w.every((word) => has(texts.get(key)!, word)))) found++;
    matching += [...texts.values()].filter((t) => w.every((word) => has(t, word))).length;
  });
  console.log(`${name.padEnd(28)} AND finds a highly relevant document: ${found}/${judged} (${((100 * found) / judged).toFixed(1)}%); words/query ${(words / judged).toFixed(2)}; documents with every word ${(matching / judged).toFixed(1)} per query; ${ms.toFixed(3)} ms/query`);
}
