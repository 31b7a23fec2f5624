/**
 * npm run eval:search — measured relevance of site search (issue 13). Loads the corpus of
 * bench/search-eval (the five seed catalogs and 610 documents written after real public 医保 texts)
 * into a fresh database on SQLite and on a private PostgreSQL cluster, through the app's use cases,
 * runs the judged queries (bench/search-eval/judgments.json) through searchDocuments and searchCatalog and prints
 * success@10, nDCG@10 and the zero-result rate per engine and category, and the failing queries — for the documents list
 * alone and for the results page as read top to bottom (the 单位 and 目录事项 the query names, documents, then the other
 * 单位 and 目录事项).
 *
 *   npm run eval:search [-- sqlite|postgres|sqlite,postgres]
 *   EVAL_SEARCH_DETAIL=detail.json npm run eval:search   (also writes every query's results and grades per engine)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Engine } from '../src/storage/database.ts';
import { getPublishedCatalog } from '../src/app/catalog/readCatalog.ts';
import { openPostgresBenchDatabase } from '../bench/postgresBenchDatabase.ts';
import type { CorpusDocument } from './search-eval/corpus/model.ts';
import type { JudgedQuery } from './search-eval/judging/judge.ts';
import { attachmentPdf } from './search-eval/attachmentPdf.ts';
import { loadCorpus, type LoadedCorpus } from './search-eval/loadCorpus.ts';
import { runQueries, type RunOutcome } from './search-eval/runQueries.ts';
import { engineReport, queryDetail } from './search-eval/report.ts';

const DIR = join(import.meta.dirname, '..', 'bench', 'search-eval');
const engines = (process.argv[2] ?? 'sqlite,postgres').split(',');
const docs = JSON.parse(readFileSync(join(DIR, 'corpus.json'), 'utf8')) as CorpusDocument[];
const { queries } = JSON.parse(readFileSync(join(DIR, 'judgments.json'), 'utf8')) as { queries: JudgedQuery[] };

/**
 * Every judged item target must be an item of the loaded seed catalogs (a renamed item would silently never match).
 * Returns each item's fixture key by its permanent key, for the hits of the «目录事项» block.
 */
async function checkItemTargets(engine: Engine, loaded: LoadedCorpus): Promise<Map<string, string>> {
  const keyOf = new Map<string, string>();
  for (const [agencyKey, agencyId] of loaded.agencyIdByKey) {
    for (const item of (await getPublishedCatalog(engine.db, agencyId))?.items ?? []) keyOf.set(item.itemKey, `item:${agencyKey}:${item.level1}/${item.level2 ?? ''}`);
  }
  const known = new Set(keyOf.values());
  const unknown = queries.flatMap((q) => Object.keys(q.relevant)).filter((k) => k.startsWith('item:') && !known.has(k));
  if (unknown.length) throw new Error(`judged item targets not in the seed catalogs: ${[...new Set(unknown)].join(', ')}`);
  return keyOf;
}

async function evaluate(engine: Engine, pdfs: Map<string, Uint8Array>): Promise<{ outcomes: { documents: RunOutcome[]; page: RunOutcome[] }; loadSeconds: number }> {
  const started = performance.now();
  const loaded = await loadCorpus(engine, docs, pdfs);
  const loadSeconds = (performance.now() - started) / 1000;
  const itemKeyOf = await checkItemTargets(engine, loaded);
  const agencyKeyOf = new Map([...loaded.agencyIdByKey].map(([key, id]) => [id, `agency:${key}`]));
  const outcomes = await runQueries(engine, queries, {
    document: (id) => loaded.keyByDocumentId.get(id) ?? `unknown:${id}`,
    item: (_agencyId, itemKey) => itemKeyOf.get(itemKey) ?? `unknown-item:${itemKey}`,
    agency: (agencyId) => agencyKeyOf.get(agencyId) ?? `unknown-agency:${agencyId}`,
  });
  return { outcomes, loadSeconds };
}

async function openEngine(name: string): Promise<{ engine: Engine; cleanup(): Promise<void> }> {
  if (name === 'postgres') {
    const engine = await openPostgresBenchDatabase('search_eval');
    return { engine, cleanup: () => engine.close() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-search-eval-'));
  const engine = await openDatabase(`sqlite:${join(dir, 'eval.db')}`);
  return { engine, async cleanup() { await engine.close(); rmSync(dir, { recursive: true, force: true }); } };
}

const pdfs = new Map<string, Uint8Array>();
for (const doc of docs) if (doc.attachment) pdfs.set(doc.key, await attachmentPdf(doc.attachment));
console.log(`corpus: ${docs.length} documents (${pdfs.size} with a PDF attachment) + 5 seed catalogs; ${queries.length} judged queries`);
const rankings = new Map<string, string[]>();
const detail: Record<string, unknown> = {};
for (const name of engines) {
  const { engine, cleanup } = await openEngine(name);
  try {
    const { outcomes, loadSeconds } = await evaluate(engine, pdfs);
    console.log(engineReport(`${name}: the documents list (loaded through the app in ${loadSeconds.toFixed(0)} s)`, outcomes.documents).join('\n'));
    console.log(engineReport(`${name}: the results page top to bottom (named 单位/目录事项, documents, other hits; first 10)`, outcomes.page).join('\n'));
    rankings.set(name, outcomes.page.map((o) => o.ranked.join(' ')));
    detail[name] = { documents: queryDetail(outcomes.documents), page: queryDetail(outcomes.page) };
  } finally {
    await cleanup();
  }
}
if (rankings.size === 2) {
  const [a, b] = [...rankings.values()];
  const differ = a!.filter((ranking, i) => ranking !== b![i]).length;
  console.log(`engines agree on the first page of ${a!.length - differ} of ${a!.length} queries`);
}
if (process.env.EVAL_SEARCH_DETAIL) writeFileSync(process.env.EVAL_SEARCH_DETAIL, `${JSON.stringify(detail, null, 1)}\n`);
process.exit(0);
