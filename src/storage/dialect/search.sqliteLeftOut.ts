import { sql, type Kysely, type RawBuilder } from 'kysely';
import { countedResult, type Hit, type SearchRequest, type SearchResult } from './searchContract.ts';

/**
 * Above this many documents in the filter, reading each word's documents in it costs more than walking the words
 * together (a year or a 有效性 alone holds a seventh of the index or more: those take the walks).
 */
export const FILTER_BOUND = 20_000;

/** One word of the query as FTS5 expressions, the filter's meta tokens included: anywhere, and in the title. */
export interface WordMatch {
  all: string;
  title: string;
}

/** Each word's documents in the filter (FTS5 rowids, which are the sort keys), anywhere and in the title. */
export interface WordSets {
  anywhere: Set<number>[];
  inTitle: Set<number>[];
}

type Ranked = { seq: number; score: number };

/**
 * Each word's documents within a small filter (an agency: about a thousand documents of a million), read once; null
 * when the filter holds more than FILTER_BOUND documents. A query of N words that no document holds whole then costs
 * 2N short reads, where the walks cost one of every word together and N of N − 1 words for the partial matches — and a
 * word in most of the filter's documents costs most in every walk it is in (docs/benchmarks.md «SQLite at 1,000,000
 * documents»).
 */
export async function wordSetsWithin(db: Kysely<any>, filter: string, items: RawBuilder<unknown>, words: readonly WordMatch[]): Promise<WordSets | null> {
  const size = await sql<{ n: number }>`select count(*) as n from (select 1 from document_fts
    where document_fts match ${filter} ${items} limit ${FILTER_BOUND + 1})`.execute(db);
  if (Number(size.rows[0]?.n ?? 0) > FILTER_BOUND) return null;
  const rowsOf = async (match: string) => new Set((await sql<{ seq: number }>`select rowid as seq from document_fts
    where document_fts match ${match} ${items}`.execute(db)).rows.map((r) => r.seq));
  const sets: WordSets = { anywhere: [], inTitle: [] };
  for (const word of words) {
    sets.anywhere.push(await rowsOf(word.all));
    sets.inTitle.push(await rowsOf(word.title));
  }
  return sets;
}

/** The request's page of documents holding every word, as `search` gives it; with leaveOneOut's lists when there are none. */
export async function pageWithin(db: Kysely<any>, request: SearchRequest, sets: WordSets): Promise<SearchResult> {
  const hits = ranked(sets.anywhere, sets.inTitle);
  if (hits.length > 0) {
    const [page] = await withDocumentIds(db, [hits.slice(request.offset, request.offset + request.limit)]);
    return countedResult(request, page!, hits.length);
  }
  return { hits: [], total: 0, capped: false, ...(request.leftOutIfNone && { leftOut: await leftOutWithin(db, request, sets) }) };
}

/** For each word in turn, the request's page of the documents holding every other word (SearchIndex.leaveOneOut). */
export async function leftOutWithin(db: Kysely<any>, request: SearchRequest, sets: WordSets): Promise<Hit[][]> {
  const without = <T>(list: readonly T[], k: number) => list.filter((_, i) => i !== k);
  const lists = sets.anywhere.map((_, k) => ranked(without(sets.anywhere, k), without(sets.inTitle, k)).slice(request.offset, request.offset + request.limit));
  return await withDocumentIds(db, lists);
}

/** The documents in every one of `anywhere`, those in every one of `inTitle` first (score 2), then newest. */
function ranked(anywhere: readonly Set<number>[], inTitle: readonly Set<number>[]): Ranked[] {
  const [smallest, ...others] = [...anywhere].sort((a, b) => a.size - b.size);
  if (!smallest) return [];
  const hits = [...smallest].filter((seq) => others.every((set) => set.has(seq)));
  const scored = hits.map((seq) => ({ seq, score: inTitle.every((set) => set.has(seq)) ? 2 : 1 }));
  return scored.sort((a, b) => b.score - a.score || b.seq - a.seq);
}

async function withDocumentIds(db: Kysely<any>, lists: readonly Ranked[][]): Promise<Hit[][]> {
  const seqs = [...new Set(lists.flat().map((hit) => hit.seq))];
  if (seqs.length === 0) return lists.map(() => []);
  const found = await sql<{ seq: number; document_id: string }>`select seq, document_id from document_search where seq in (${sql.join(seqs)})`.execute(db);
  const idOf = new Map(found.rows.map((r) => [r.seq, r.document_id]));
  return lists.map((list) => list.flatMap((hit) => (idOf.has(hit.seq) ? [{ documentId: idOf.get(hit.seq)!, score: hit.score }] : [])));
}
