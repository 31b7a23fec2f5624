import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DocumentTokens, QueryWord } from '../../domain/search/tokens.ts';

/** One published document in the search index: its filter columns and its app-made tokens. */
export interface SearchEntry {
  documentId: string;
  agencyId: string;
  year: number;
  validity: string;
  publishedOn: string;
  tokens: DocumentTokens;
}

export interface SearchFilter {
  agencyId?: string;
  /**
   * A catalog item: every name documents filed under it count under — its name now and its former names (issue 12;
   * app/catalog/publishedCatalogNames.ts); level2 '' for an item without 二级事项. No names: no document matches.
   */
  item?: { agencyId: string; names: readonly { level1: string; level2: string }[] };
  year?: number;
  validity?: string;
}

/** The item filter as one condition on `published_document_items i` (both engines): any of its names, ORed. */
export function itemNamesCondition(item: NonNullable<SearchFilter['item']>): RawBuilder<unknown> {
  if (item.names.length === 0) return sql`1 = 0`;
  const pairs = item.names.map((name) => sql`(i.level1 = ${name.level1} and i.level2 = ${name.level2})`);
  return sql`i.agency_id = ${item.agencyId} and (${sql.join(pairs, sql` or `)})`;
}

export interface SearchRequest {
  /** Words, each a set of alternative phrases of plain tokens (src/domain/search/tokens.ts); no engine syntax. */
  query: readonly Pick<QueryWord, 'alternatives'>[];
  /** all (default): every word must match; any: at least one (the best partial matches, ranked by the app). */
  mode?: 'all' | 'any';
  filter: SearchFilter;
  limit: number;
  offset: number;
  /** Count hits no further than this (at most COUNT_CAP, the default); `capped` when there are more. */
  countUpTo?: number;
  /**
   * When no document has every word, the engine may add the lists leaveOneOut would give for this request
   * (`leftOut`), if it read them on the way at no extra cost (SQLite within an agency: search.sqliteLeftOut.ts).
   */
  leftOutIfNone?: boolean;
}

/**
 * The order of hits, the same on both engines (docs/benchmarks.md, Search):
 *   1. documents whose TITLE matches the whole query (score 2) before the others (score 1);
 *   2. then newer 发布日期 first;
 *   3. then, on the same day, the document entered in the index later first (its sort key).
 * Both engines read this order from an index (SQLite: the FTS5 rowid is the sort key;
 * PostgreSQL: a btree on sort_key), so a page costs about the same for a word in 30 % of a
 * million documents as for a rare one.
 */
export interface SearchResult {
  hits: { documentId: string; score: number }[];
  /** Hits counted up to the request's countUpTo (COUNT_CAP by default); `capped` when there are more. */
  total: number;
  capped: boolean;
  /** For a request with leftOutIfNone and no hits: leaveOneOut's lists, when the engine read them on the way. */
  leftOut?: Hit[][];
}

/** Counting every hit of a common word over a million documents is not worth it: "1000+ results". */
export const COUNT_CAP = 1000;

/** The count bound of a request: its countUpTo, never above COUNT_CAP nor below 1. */
export const countCapOf = (request: SearchRequest): number => Math.max(1, Math.min(COUNT_CAP, Math.trunc(request.countUpTo ?? COUNT_CAP)));

/** A page with `counted` hits counted (at least; more than the cap means "more than the cap"), as the request's cap reports it. */
export function countedResult(request: SearchRequest, hits: Hit[], counted: number): SearchResult {
  const cap = countCapOf(request);
  return { hits, total: Math.min(counted, cap), capped: counted > cap };
}

/** The engine-specific full-text index behind search; the same contract on both engines. */
export interface SearchIndex {
  upsert(db: Kysely<any>, entry: SearchEntry): Promise<void>;
  /** Add entries for documents not in the index yet, in a few statements (bulk loads, migrations, benchmarks). */
  addMany(db: Kysely<any>, entries: readonly SearchEntry[]): Promise<void>;
  remove(db: Kysely<any>, documentId: string): Promise<void>;
  search(db: Kysely<any>, request: SearchRequest): Promise<SearchResult>;
  /**
   * For each word of the request, in turn, the hits of the request with that word left out (each list as `search`
   * gives it: the request's limit and offset, title hits first, then newest). The best partial matches are made of
   * these lists (app/documents/searchDocuments.ts allButOne).
   */
  leaveOneOut(db: Kysely<any>, request: SearchRequest): Promise<Hit[][]>;
}

/** leaveOneOut by one search per left-out word, side by side (PostgreSQL answers them on separate pooled connections). */
export async function leftOutEach<W>(words: readonly W[], search: (query: W[]) => Promise<SearchResult>): Promise<Hit[][]> {
  const found = await Promise.all(words.map((_, k) => search(words.filter((_, i) => i !== k))));
  return found.map((result) => result.hits);
}

/**
 * Sort keys: day number of 发布日期 × DAY_SLOTS + a per-day counter, so that ordering by the
 * key is "newest 发布日期 first, later-indexed first within a day". Fits a JS number and a bigint.
 */
export const DAY_SLOTS = 2 ** 21;

export function dayNumber(publishedOn: string): number {
  const ms = Date.parse(`${publishedOn.slice(0, 10)}T00:00:00Z`);
  if (!Number.isFinite(ms)) throw new Error(`bad 发布日期 ${publishedOn}`);
  return Math.floor(ms / 86_400_000);
}

/** The first and one-past-last sort key of a day. */
export function dayRange(publishedOn: string): [number, number] {
  const day = dayNumber(publishedOn);
  return [day * DAY_SLOTS, (day + 1) * DAY_SLOTS];
}

/** Assigns new sort keys to entries, per day after the day's current maximum (`maxOf` reads it from the engine). */
export async function assignSortKeys(entries: readonly SearchEntry[], maxOf: (from: number, to: number) => Promise<number | null>): Promise<number[]> {
  const next = new Map<number, number>();
  const keys: number[] = [];
  for (const entry of entries) {
    const [from, to] = dayRange(entry.publishedOn);
    let key = next.get(from);
    if (key === undefined) {
      const max = await maxOf(from, to);
      key = max === null ? from : max + 1;
    }
    if (key >= to) throw new Error(`more than ${DAY_SLOTS} documents on ${entry.publishedOn}`);
    keys.push(key);
    next.set(from, key + 1);
  }
  return keys;
}

export type Hit = { documentId: string; score: number };

/** One tier of hits, best first, as an engine reads it. */
export interface Tier {
  page(limit: number, offset: number): Promise<Hit[]>;
  /** The tier's number of hits, counting no further than `upTo`. */
  count(upTo: number): Promise<number>;
}

/** A page over "title hits, then the other hits" without counting either tier more than the page needs. */
export async function twoTierPage(titleHits: Tier, otherHits: Pick<Tier, 'page'>, limit: number, offset: number): Promise<Hit[]> {
  const first = await titleHits.page(limit, offset);
  if (first.length === limit) return first;
  const titleCount = first.length > 0 ? offset + first.length : await titleHits.count(offset);
  const rest = await otherHits.page(limit - first.length, Math.max(0, offset - titleCount));
  return [...first, ...rest];
}
