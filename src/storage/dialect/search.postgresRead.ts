import { sql, type Kysely, type RawBuilder } from 'kysely';
import { countCapOf, countedResult, dayRange, itemNamesCondition, twoTierPage, type Hit, type SearchFilter, type SearchRequest, type SearchResult, type Tier } from './searchContract.ts';
import { tsLooseQuery, tsNarrowQuery, tsQuery } from './search.postgresQuery.ts';
import { lexemeShares } from './search.postgresCommon.ts';

/**
 * PostgreSQL search, read side (the order is the contract's: title hits, then newest).
 * A row's `tokens` tsvector lives in TOAST (about 3 KB compressed): reading it costs far more
 * than anything else a search does, so each step avoids it where it can.
 * 1. Walk the newest FIRST_WALK rows within the filter, stopping at cap + 1 hits (cap: the
 *    request's count bound): a common query is decided there, a small filter (one agency) read whole.
 * 2. Otherwise ask the GIN index with the loose query (phrases as ANDed tokens): GIN answers it
 *    exactly without reading a tsvector, and every hit is among its candidates; the candidates
 *    are ordered by their inline title vector and sort key, and only those a page needs are
 *    checked against the real query (search.postgresLoose.ts).
 * 3. A common query (step 1 found more than the cap) walks each tier newest first; a tier whose
 *    walk does not fill the page falls back to step 2's candidates for that tier.
 */

/** Rows the first step walks newest first (a few µs a row when the tsvectors are cached). */
export const FIRST_WALK = 2500;
/** At most this many rows a tier walks before it asks the GIN index instead. */
const MAX_WALK_ROWS = 5000;

/** Rows beyond which a window of the newest rows saves nothing (reading its range costs more than the candidates). */
export const MAX_WINDOW = 200_000;

export interface Prepared {
  /** The real query (phrases with positions). */
  q: RawBuilder<unknown>;
  /** The same words without positions: exact in a GIN index, a superset of the real hits. */
  loose: RawBuilder<unknown>;
  /**
   * A loose query naming only the words rare enough for `rows` rows to hold about `budget` candidates
   * (tsNarrowQuery), with a bound on the index entries GIN reads for it (its rarest word's share of all rows); or null.
   */
  narrow: (rows: number, budget: number) => { loose: RawBuilder<unknown>; postings: number } | null;
  /** Site-wide: a sort key with at least `rows` newer rows from the statistics (search.postgresCommon.ts); null with a filter. */
  keyWithNewer: (rows: number) => number | null;
  where: RawBuilder<unknown>;
  cap: number;
}

function filters(filter: SearchFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  if (filter.agencyId) parts.push(sql`and s.agency_id = ${filter.agencyId}`);
  if (filter.year) {
    // A year is a range of sort keys, so a walk newest first starts inside it instead of skipping newer years.
    const [from] = dayRange(`${String(filter.year).padStart(4, '0')}-01-01`);
    const [to] = dayRange(`${String(filter.year + 1).padStart(4, '0')}-01-01`);
    parts.push(sql`and s.year = ${filter.year} and s.sort_key >= ${from} and s.sort_key < ${to}`);
  }
  if (filter.validity) parts.push(sql`and s.validity = ${filter.validity}`);
  if (filter.item) {
    parts.push(sql`and exists (select 1 from published_document_items i where i.document_id = s.document_id and ${itemNamesCondition(filter.item)})`);
  }
  return sql.join(parts, sql` `);
}

export async function prepare(db: Kysely<any>, request: SearchRequest): Promise<Prepared> {
  const shares = await lexemeShares(db);
  return {
    q: sql`${tsQuery(request.query, request.mode)}::tsquery`,
    loose: sql`${tsLooseQuery(request.query, request.mode, shares.common)}::tsquery`,
    narrow: (rows, budget) => {
      const narrowed = request.mode === 'any' ? null : tsNarrowQuery(request.query, shares.shareOf, rows, budget);
      return narrowed && { loose: sql`${narrowed.text}::tsquery`, postings: narrowed.rarest * shares.rows };
    },
    keyWithNewer: Object.values(request.filter).some((v) => v !== undefined && v !== null) ? () => null : shares.keyWithNewer,
    where: filters(request.filter),
    cap: countCapOf(request),
  };
}

/** Step 1: the newest rows of the filter and their hits (at most cap + 1), title hits marked; `whole` when the filter ended within the walk. */
export async function firstWalk(db: Kysely<any>, { q, where, cap }: Prepared) {
  const walked = await sql<{ walked: string; document_id: string | null; sort_key: string | null; title_hit: boolean | null }>`
    with w as materialized (select s.document_id, s.sort_key, s.tokens, s.title_tokens from document_search s where true ${where}
      order by s.sort_key desc limit ${FIRST_WALK})
    select c.walked, h.document_id, h.sort_key, h.title_hit from (select count(*) as walked from w) c
    left join lateral (select document_id, sort_key, ts_match_vq(title_tokens, ${q}) as title_hit from w
      where ts_match_vq(tokens, ${q}) limit ${cap + 1}) h on true`.execute(db);
  const hits = walked.rows.filter((r) => r.document_id !== null)
    .map((r) => ({ documentId: r.document_id!, score: r.title_hit ? 2 : 1, key: Number(r.sort_key) }));
  return { hits, whole: Number(walked.rows[0]?.walked ?? 0) < FIRST_WALK };
}

/** The sort key of the `rows`-th newest row of the filter, or null when the filter has fewer rows. */
export async function keyAt(db: Kysely<any>, { where }: Prepared, rows: number): Promise<number | null> {
  const found = await sql<{ sort_key: string }>`select s.sort_key from document_search s where true ${where} order by s.sort_key desc offset ${rows - 1} limit 1`.execute(db);
  return found.rows[0] ? Number(found.rows[0].sort_key) : null;
}

/** Windows of at least this many rows start where the sort_key histogram says (reading that far down the index costs ≈ 0.1 µs a row). */
const HISTOGRAM_ROWS = 20_000;

/** Where a window of at least `rows` of the newest rows of the filter starts (any such start gives the same page, search.postgresLoose.ts). */
export async function windowStart(db: Kysely<any>, p: Prepared, rows: number): Promise<number | null> {
  return (rows >= HISTOGRAM_ROWS ? p.keyWithNewer(rows) : null) ?? keyAt(db, p, rows);
}

/** A tier walks at most MAX_WALK_ROWS of the newest rows of the filter, stopping as soon as the page is full. */
async function walkTier(db: Kysely<any>, where: RawBuilder<unknown>, condition: RawBuilder<unknown>, limit: number, offset: number): Promise<string[]> {
  const rows = await sql<{ document_id: string }>`select s.document_id from (select s.* from document_search s where true ${where}
    order by s.sort_key desc limit ${MAX_WALK_ROWS}) s where ${condition} order by s.sort_key desc limit ${limit} offset ${offset}`.execute(db);
  return rows.rows.map((r) => r.document_id);
}

/**
 * A title tier page from the title GIN index. The walk's hit rate sizes a window of the newest rows
 * (twice the rows expected to hold the page, ANDed with the GIN bitmap as a sort_key range); the newest
 * hits of a range that ends at the newest row are the newest overall. Else every title hit is sorted.
 */
async function titlesFromGin(db: Kysely<any>, p: Prepared, limit: number, offset: number, walkedHits: number): Promise<string[]> {
  const { q, where } = p;
  // Materialised, so the planner cannot turn it back into a walk of the sort_key index.
  const page = async (range: RawBuilder<unknown>) => (await sql<{ document_id: string }>`with m as materialized (select s.document_id, s.sort_key
    from document_search s where s.title_tokens @@ ${q} ${range} ${where}) select document_id from m order by sort_key desc limit ${limit} offset ${offset}`.execute(db)).rows.map((r) => r.document_id);
  const rows = walkedHits > 0 ? Math.ceil((2 * (limit + offset) * MAX_WALK_ROWS) / walkedHits) : 0;
  const from = rows > 0 && rows < MAX_WINDOW ? await windowStart(db, p, rows) : null;
  if (from !== null) {
    const windowed = await page(sql`and s.sort_key >= ${from}`);
    if (windowed.length === limit) return windowed;
  }
  return page(sql``);
}

/**
 * Step 3: more hits than the cap. Titles are short (stored inline), so the title tier checks them directly.
 * `whole`: the filter has fewer rows than a walk, so a walk sees every hit.
 */
export function commonTiers(db: Kysely<any>, p: Prepared, whole: boolean, otherFromGin: (limit: number, offset: number) => Promise<string[]>): { title: Tier; other: Pick<Tier, 'page'> } {
  const { q, where } = p;
  const title: Tier = {
    async page(limit, offset) {
      if (limit <= 0) return [];
      let ids = await walkTier(db, where, sql`ts_match_vq(s.title_tokens, ${q})`, limit, offset);
      if (ids.length < limit && !whole) ids = await titlesFromGin(db, p, limit, offset, ids.length > 0 ? offset + ids.length : 0);
      return ids.map((documentId): Hit => ({ documentId, score: 2 }));
    },
    async count(upTo) {
      if (upTo <= 0) return 0;
      const rows = await sql<{ n: string }>`select count(*) as n from (select 1 from document_search s where s.title_tokens @@ ${q} ${where} limit ${upTo}) x`.execute(db);
      return Number(rows.rows[0]?.n ?? 0);
    },
  };
  // Only ever paged: twoTierPage counts the title tier alone.
  const other: Pick<Tier, 'page'> = {
    async page(limit, offset) {
      if (limit <= 0) return [];
      const walked = await walkTier(db, where, sql`ts_match_vq(s.tokens, ${q}) and not ts_match_vq(s.title_tokens, ${q})`, limit, offset);
      const ids = walked.length < limit && !whole ? await otherFromGin(limit, offset) : walked;
      return ids.map((documentId): Hit => ({ documentId, score: 1 }));
    },
  };
  return { title, other };
}

export async function commonPage(db: Kysely<any>, request: SearchRequest, p: Prepared, whole: boolean, otherFromGin: (limit: number, offset: number) => Promise<string[]>): Promise<SearchResult> {
  const { title, other } = commonTiers(db, p, whole, otherFromGin);
  return countedResult(request, await twoTierPage(title, other, request.limit, request.offset), p.cap + 1);
}
