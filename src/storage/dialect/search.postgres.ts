import { sql, type Kysely, type RawBuilder } from 'kysely';
import { SEPARATOR, type QueryPhrase, type TokenField } from '../../domain/search/tokens.ts';
import { assignSortKeys, COUNT_CAP, countedResult, dayNumber, dayRange, twoTierPage, type Hit, type SearchEntry, type SearchFilter, type SearchIndex, type SearchRequest, type SearchResult, type Tier } from './searchContract.ts';

/** Positions PostgreSQL keeps (1..16,383); the bag of a field sits at the last one, apart from the stream (tokens.ts). */
const BAG_POSITION = 16_383;

const lexeme = (token: string) => `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** A tsvector literal with the app's tokens at their positions (no parser, so the lexemes are exactly the tokens). */
export function tsVector(field: TokenField): string {
  const positions = new Map<string, number[]>();
  field.stream.forEach((token, i) => {
    if (token === SEPARATOR) return; // its position stays empty
    const list = positions.get(token);
    if (list) list.push(i + 1);
    else positions.set(token, [i + 1]);
  });
  for (const token of field.bag) positions.set(token, [...(positions.get(token) ?? []), BAG_POSITION]);
  return [...positions].map(([token, list]) => `${lexeme(token)}:${list.join(',')}`).join(' ');
}

/** A tsvector literal of lexemes without positions (n-gram keys). */
export function tsLexemes(tokens: readonly string[]): string {
  return tokens.map(lexeme).join(' ');
}

/** A tsquery literal: phrases of quoted lexemes joined by <->, a 1-character query as a prefix; a word's alternatives ORed, the words ANDed (mode all) or ORed (any). */
export function tsQuery(query: SearchRequest['query'], mode: SearchRequest['mode'] = 'all'): string {
  const phrase = (p: QueryPhrase) => (p.prefix ? `${lexeme(p.tokens[0]!)}:*` : `(${p.tokens.map(lexeme).join(' <-> ')})`);
  return query.map((w) => `(${w.alternatives.map(phrase).join(' | ')})`).join(mode === 'any' ? ' | ' : ' & ');
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
    parts.push(sql`and exists (select 1 from published_document_items i where i.document_id = s.document_id
      and i.agency_id = ${filter.item.agencyId} and i.level1 = ${filter.item.level1} and i.level2 = ${filter.item.level2})`);
  }
  return sql.join(parts, sql` `);
}

async function insertRows(db: Kysely<any>, entries: readonly SearchEntry[], keys: readonly number[]): Promise<void> {
  const rows = sql.join(entries.map((e, i) => sql`(${e.documentId}, ${keys[i]}, ${e.agencyId}, ${e.year}, ${e.validity}, ${e.publishedOn},
    ${tsVector(e.tokens.title)}::tsvector, ${tsVector(e.tokens.all)}::tsvector, ${tsLexemes(e.tokens.all.ngrams)}::tsvector)`));
  await sql`insert into document_search (document_id, sort_key, agency_id, year, validity, published_on, title_tokens, tokens, ngrams) values ${rows}`.execute(db);
}

const maxKey = (db: Kysely<any>) => async (from: number, to: number) => {
  const found = await sql<{ m: string | null }>`select max(sort_key) as m from document_search where sort_key >= ${from} and sort_key < ${to}`.execute(db);
  const m = found.rows[0]?.m;
  return m === null || m === undefined ? null : Number(m);
};

/** Serialises sort-key assignment per day between concurrent transactions (namespace 0x5ea6 = search). */
const lockDay = (db: Kysely<any>, publishedOn: string) => sql`select pg_advisory_xact_lock(${0x5ea6}, ${dayNumber(publishedOn)})`.execute(db);

/** Rows the first step walks newest first (about 4.6 µs a row, the tsvector read from TOAST). */
const FIRST_WALK = 2500;
/**
 * Rows a tier walks newest first before it gives up walking and asks the GIN index instead:
 * a walk is cheap when hits are dense among recent documents, the GIN index when they are few.
 */
const WALK_ROWS_PER_HIT = 200;
const MIN_WALK_ROWS = 2000;
/** At most this many rows walked (about 23 ms), whatever the page: the app asks for 100 candidates at once (searchDocuments.ts). */
const MAX_WALK_ROWS = 5000;

interface Prepared {
  q: RawBuilder<unknown>;
  /** N-gram condition that narrows GIN candidates of phrases (implied by the phrase, so it changes nothing that matches). */
  narrow: RawBuilder<unknown>;
  where: RawBuilder<unknown>;
}

function prepare(request: SearchRequest): Prepared {
  // Only a word that must match and has one form implies its n-grams.
  const certain = request.mode === 'any' ? [] : request.query.filter((w) => w.alternatives.length === 1);
  const grams = [...new Set(certain.flatMap((w) => w.alternatives[0]!.ngrams))];
  return {
    q: sql`${tsQuery(request.query, request.mode)}::tsquery`,
    narrow: grams.length ? sql`and s.ngrams @@ ${grams.map(lexeme).join(' & ')}::tsquery` : sql``,
    where: filters(request.filter),
  };
}

/** At most COUNT_CAP + 1 hits from the GIN indexes; when that is all of them, ordered and paged here. */
async function fromGin(db: Kysely<any>, request: SearchRequest, { q, narrow, where }: Prepared): Promise<SearchResult | null> {
  const first = await sql<{ document_id: string | null; title_hit: boolean | null; n: string }>`
    with m as materialized (
      select s.document_id, s.sort_key, s.title_tokens @@ ${q} as title_hit from document_search s
      where s.tokens @@ ${q} ${narrow} ${where} limit ${COUNT_CAP + 1})
    select p.document_id, p.title_hit, c.n from (select count(*) as n from m) c
    left join lateral (select * from m where c.n <= ${COUNT_CAP} order by title_hit desc, sort_key desc limit ${request.limit} offset ${request.offset}) p on true`.execute(db);
  const n = Number(first.rows[0]?.n ?? 0);
  if (n > COUNT_CAP) return null;
  const hits = first.rows.filter((r) => r.document_id !== null).map((r): Hit => ({ documentId: r.document_id!, score: r.title_hit ? 2 : 1 }));
  return countedResult(request, hits, n);
}

/** More than COUNT_CAP hits: each tier walks the sort_key index newest first (bounded), else asks the GIN index with a top-N sort. */
async function common(db: Kysely<any>, request: SearchRequest, { q, narrow, where }: Prepared): Promise<SearchResult> {
  // ts_match_vq hides a condition from the GIN index, so the planner walks the btree.
  const tier = (walkCondition: RawBuilder<unknown>, ginCondition: RawBuilder<unknown>, score: number): Tier => ({
    async page(limit, offset) {
      if (limit <= 0) return [];
      const rows = Math.min(MAX_WALK_ROWS, Math.max(MIN_WALK_ROWS, WALK_ROWS_PER_HIT * (limit + offset)));
      const walked = await sql<{ document_id: string }>`select s.document_id from (select s.* from document_search s where true ${where}
        order by s.sort_key desc limit ${rows}) s where ${walkCondition} order by s.sort_key desc limit ${limit} offset ${offset}`.execute(db);
      let ids = walked.rows.map((r) => r.document_id);
      if (ids.length < limit) {
        // Materialised, so the planner cannot turn it back into a walk of the sort_key index.
        const indexed = await sql<{ document_id: string }>`with m as materialized (select s.document_id, s.sort_key from document_search s
          where ${ginCondition} ${where}) select document_id from m order by sort_key desc limit ${limit} offset ${offset}`.execute(db);
        ids = indexed.rows.map((r) => r.document_id);
      }
      return ids.map((documentId) => ({ documentId, score }));
    },
    async count(upTo) {
      if (upTo <= 0) return 0;
      const rows = await sql<{ n: string }>`select count(*) as n from (select 1 from document_search s where ${ginCondition} ${where} limit ${upTo}) x`.execute(db);
      return Number(rows.rows[0]?.n ?? 0);
    },
  });
  // Titles are short (stored inline): the title tier needs no n-grams.
  const titleTier = tier(sql`ts_match_vq(s.title_tokens, ${q})`, sql`s.title_tokens @@ ${q}`, 2);
  const otherTier = tier(sql`ts_match_vq(s.tokens, ${q}) and not ts_match_vq(s.title_tokens, ${q})`, sql`s.tokens @@ ${q} ${narrow} and not (s.title_tokens @@ ${q})`, 1);
  return countedResult(request, await twoTierPage(titleTier, otherTier, request.limit, request.offset), COUNT_CAP + 1);
}

/**
 * PostgreSQL: app-built tsvectors, GIN for matching, sort_key btrees for order (searchSchema.ts).
 * 1. Walk the newest FIRST_WALK rows within the filter, counting hits up to COUNT_CAP + 1: a
 *    common query is decided there (capped), and a small filter (one agency) is read whole.
 * 2. Otherwise take at most COUNT_CAP + 1 hits from the GIN indexes (n-grams narrow phrases);
 *    when that is all of them, order them and done.
 * 3. Otherwise (capped) each tier walks newest first, falling back to GIN + top-N sort.
 * A GIN bitmap costs in proportion to its posting lists (a word in 60 % of a million documents
 * is 600,000 entries); a walk costs in proportion to rows read until the page is full, so
 * each is used where it is cheap.
 */
export const postgresSearchIndex: SearchIndex = {
  async upsert(db, entry) {
    const found = await sql<{ sort_key: string; published_on: string }>`select sort_key, published_on from document_search where document_id = ${entry.documentId}`.execute(db);
    const old = found.rows[0];
    if (old && dayRange(old.published_on)[0] === dayRange(entry.publishedOn)[0]) {
      await sql`update document_search set agency_id = ${entry.agencyId}, year = ${entry.year}, validity = ${entry.validity}, published_on = ${entry.publishedOn},
        title_tokens = ${tsVector(entry.tokens.title)}::tsvector, tokens = ${tsVector(entry.tokens.all)}::tsvector,
        ngrams = ${tsLexemes(entry.tokens.all.ngrams)}::tsvector where document_id = ${entry.documentId}`.execute(db);
      return;
    }
    if (old) await this.remove(db, entry.documentId);
    await lockDay(db, entry.publishedOn);
    await insertRows(db, [entry], await assignSortKeys([entry], maxKey(db)));
  },

  async addMany(db, entries) {
    if (entries.length === 0) return;
    for (const day of new Set(entries.map((e) => e.publishedOn.slice(0, 10)))) await lockDay(db, day);
    const keys = await assignSortKeys(entries, maxKey(db));
    for (let i = 0; i < entries.length; i += 1000) await insertRows(db, entries.slice(i, i + 1000), keys.slice(i, i + 1000));
  },

  async remove(db, documentId) {
    await sql`delete from document_search where document_id = ${documentId}`.execute(db);
  },

  async search(db, request) {
    if (request.query.length === 0) return { hits: [], total: 0, capped: false };
    const prepared = prepare(request);
    const { q, where } = prepared;
    const walked = await sql<{ walked: string; document_id: string | null; sort_key: string | null; title_hit: boolean | null }>`
      with w as materialized (select s.document_id, s.sort_key, s.tokens, s.title_tokens from document_search s where true ${where}
        order by s.sort_key desc limit ${FIRST_WALK})
      select c.walked, h.document_id, h.sort_key, h.title_hit from (select count(*) as walked from w) c
      left join lateral (select document_id, sort_key, ts_match_vq(title_tokens, ${q}) as title_hit from w
        where ts_match_vq(tokens, ${q}) limit ${COUNT_CAP + 1}) h on true`.execute(db);
    const seen = walked.rows.filter((r) => r.document_id !== null);
    if (seen.length > COUNT_CAP) return common(db, request, prepared);
    if (Number(walked.rows[0]?.walked ?? 0) < FIRST_WALK) {
      // The filter has fewer rows than the walk: these are all the hits.
      const ordered = seen.map((r) => ({ documentId: r.document_id!, score: r.title_hit ? 2 : 1, key: Number(r.sort_key) }))
        .sort((a, b) => b.score - a.score || b.key - a.key);
      return countedResult(request, ordered.slice(request.offset, request.offset + request.limit).map(({ documentId, score }) => ({ documentId, score })), seen.length);
    }
    return (await fromGin(db, request, prepared)) ?? common(db, request, prepared);
  },
};
