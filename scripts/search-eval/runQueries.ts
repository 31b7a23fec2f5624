/**
 * Runs every judged query as the portal's /search does (site-wide, first page of 10 documents) and maps each hit to
 * its fixture key. Two readings of the same run: the documents list alone, and the page as a visitor reads it top to
 * bottom — the «单位» block, then the «目录事项» block, then the documents — cut at 10.
 */
import type { Engine } from '../../src/storage/database.ts';
import { searchDocuments } from '../../src/app/documents/searchDocuments.ts';
import { searchCatalog } from '../../src/app/search/searchCatalog.ts';
import type { QueryOutcome } from './metrics.ts';
import type { JudgedQuery } from './judging/judge.ts';

/** Fixture keys: documents by id, catalog items by their key ("item:<agency>:<一级>/<二级>"), agencies by id ("agency:<agency>"). */
export interface HitKeys {
  document(id: string): string;
  item(agencyId: string, itemKey: string): string;
  agency(agencyId: string): string;
}

export interface RunOutcome extends QueryOutcome {
  query: JudgedQuery;
  ms: number;
}

const PAGE = 10;

export async function runQueries(engine: Engine, queries: readonly JudgedQuery[], keys: HitKeys): Promise<{ documents: RunOutcome[]; page: RunOutcome[] }> {
  const documents: RunOutcome[] = [];
  const page: RunOutcome[] = [];
  for (const query of queries) {
    const started = performance.now();
    const [found, catalog] = await Promise.all([searchDocuments(engine.db, { query: query.query, pageSize: PAGE }), searchCatalog(engine.db, query.query)]);
    const ms = performance.now() - started;
    const docKeys: string[] = found.results.map((hit) => keys.document(hit.id));
    const itemKey = (hit: (typeof catalog.items)[number]) => keys.item(hit.agencyId, decodeURIComponent(hit.url.slice(hit.url.lastIndexOf('/') + 1)));
    // As the page shows them (searchPage.tsx): the agencies and items the query names above the documents, the others
    // after them — the items above too when no document was found.
    const itemOnTop = (hit: { named: boolean }) => hit.named || docKeys.length === 0;
    const above = [...catalog.agencies.filter((h) => h.named).map((h) => keys.agency(h.id)), ...catalog.items.filter(itemOnTop).map(itemKey)];
    const below = [...catalog.agencies.filter((h) => !h.named).map((h) => keys.agency(h.id)), ...catalog.items.filter((h) => !itemOnTop(h)).map(itemKey)];
    const base = { query, category: query.category, relevant: query.relevant, ms };
    documents.push({ ...base, ranked: docKeys, total: found.total });
    const onPage = [...above, ...docKeys, ...below];
    page.push({ ...base, ranked: onPage.slice(0, PAGE), total: found.total + catalog.items.length + catalog.agencies.length });
  }
  return { documents, page };
}
