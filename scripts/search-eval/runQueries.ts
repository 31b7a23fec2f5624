/**
 * Runs every judged query through the app's search use case (searchDocuments, as the portal does:
 * site-wide, first page of 10) and maps each hit to its fixture key.
 */
import type { Engine } from '../../src/storage/database.ts';
import { searchDocuments } from '../../src/app/documents/searchDocuments.ts';
import type { QueryOutcome } from './metrics.ts';
import type { JudgedQuery } from './judging/judge.ts';

/**
 * The fixture key of a hit: documents by id. When search also returns catalog items or agencies,
 * map them here to "item:<agency>:<一级>/<二级>" and "agency:<agency>" (the keys judgments.json uses).
 */
export type HitKey = (hit: { id: string; url: string }) => string;

export interface RunOutcome extends QueryOutcome {
  query: JudgedQuery;
  ms: number;
}

export async function runQueries(engine: Engine, queries: readonly JudgedQuery[], keyOf: HitKey): Promise<RunOutcome[]> {
  const outcomes: RunOutcome[] = [];
  for (const query of queries) {
    const started = performance.now();
    const found = await searchDocuments(engine.db, { query: query.query, pageSize: 10 });
    outcomes.push({ query, category: query.category, ranked: found.results.map(keyOf), total: found.total, relevant: query.relevant, ms: performance.now() - started });
  }
  return outcomes;
}
