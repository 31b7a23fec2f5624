import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { QueryPhrase, TokenField } from '../../domain/search/tokens.ts';
import { assignSortKeys, COUNT_CAP, dayNumber, dayRange, twoTierPage, type Hit, type SearchEntry, type SearchFilter, type SearchIndex, type Tier } from './searchContract.ts';

/** Positions PostgreSQL keeps (1..16,383); the bag of a field sits at the last one, apart from the stream (tokens.ts). */
const BAG_POSITION = 16_383;

const lexeme = (token: string) => `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** A tsvector literal with the app's tokens at their positions (no parser, so the lexemes are exactly the tokens). */
export function tsVector(field: TokenField): string {
  const positions = new Map<string, number[]>();
  field.stream.forEach((token, i) => {
    const list = positions.get(token);
    if (list) list.push(i + 1);
    else positions.set(token, [i + 1]);
  });
  for (const token of field.bag) positions.set(token, [...(positions.get(token) ?? []), BAG_POSITION]);
  return [...positions].map(([token, list]) => `${lexeme(token)}:${list.join(',')}`).join(' ');
}

/** A tsquery literal: phrases of quoted lexemes joined by <->, a 1-character query as a prefix, all ANDed. */
export function tsQuery(query: readonly QueryPhrase[]): string {
  return query.map((p) => (p.prefix ? `${lexeme(p.tokens[0]!)}:*` : `(${p.tokens.map(lexeme).join(' <-> ')})`)).join(' & ');
}

function filters(filter: SearchFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  if (filter.agencyId) parts.push(sql`and s.agency_id = ${filter.agencyId}`);
  if (filter.year) parts.push(sql`and s.year = ${filter.year}`);
  if (filter.validity) parts.push(sql`and s.validity = ${filter.validity}`);
  if (filter.item) {
    parts.push(sql`and exists (select 1 from published_document_items i where i.document_id = s.document_id
      and i.agency_id = ${filter.item.agencyId} and i.level1 = ${filter.item.level1} and i.level2 = ${filter.item.level2})`);
  }
  return sql.join(parts, sql` `);
}

async function insertRows(db: Kysely<any>, entries: readonly SearchEntry[], keys: readonly number[]): Promise<void> {
  const rows = sql.join(entries.map((e, i) => sql`(${e.documentId}, ${keys[i]}, ${e.agencyId}, ${e.year}, ${e.validity}, ${e.publishedOn},
    ${tsVector(e.tokens.title)}::tsvector, ${tsVector(e.tokens.all)}::tsvector)`));
  await sql`insert into document_search (document_id, sort_key, agency_id, year, validity, published_on, title_tokens, tokens) values ${rows}`.execute(db);
}

const maxKey = (db: Kysely<any>) => async (from: number, to: number) => {
  const found = await sql<{ m: string | null }>`select max(sort_key) as m from document_search where sort_key >= ${from} and sort_key < ${to}`.execute(db);
  const m = found.rows[0]?.m;
  return m === null || m === undefined ? null : Number(m);
};

/** Serialises sort-key assignment per day between concurrent transactions (namespace 0x5ea6 = search). */
const lockDay = (db: Kysely<any>, publishedOn: string) => sql`select pg_advisory_xact_lock(${0x5ea6}, ${dayNumber(publishedOn)})`.execute(db);

/**
 * Rows walked newest first before a tier gives up walking and asks the GIN index instead:
 * a walk is cheap when hits are dense among recent documents, the GIN index when they are few.
 */
const WALK_ROWS_PER_HIT = 200;
const MIN_WALK_ROWS = 2000;

/**
 * PostgreSQL: app-built tsvectors, GIN for matching, sort_key btrees for order (searchSchema.ts).
 * A query first takes at most COUNT_CAP + 1 hits from the GIN index; when that is all of them
 * it orders them and is done. Otherwise (a common word) each tier walks the sort_key index
 * newest first, checking rows until the page is full; if the hits are too sparse among the
 * newest rows it falls back to the GIN index with a top-N sort.
 */
export const postgresSearchIndex: SearchIndex = {
  async upsert(db, entry) {
    const found = await sql<{ sort_key: string; published_on: string }>`select sort_key, published_on from document_search where document_id = ${entry.documentId}`.execute(db);
    const old = found.rows[0];
    if (old && dayRange(old.published_on)[0] === dayRange(entry.publishedOn)[0]) {
      await sql`update document_search set agency_id = ${entry.agencyId}, year = ${entry.year}, validity = ${entry.validity}, published_on = ${entry.publishedOn},
        title_tokens = ${tsVector(entry.tokens.title)}::tsvector, tokens = ${tsVector(entry.tokens.all)}::tsvector where document_id = ${entry.documentId}`.execute(db);
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
    const q = sql`${tsQuery(request.query)}::tsquery`;
    const where = filters(request.filter);
    const first = await sql<{ document_id: string | null; title_hit: boolean | null; n: string }>`
      with m as materialized (
        select s.document_id, s.sort_key, s.title_tokens @@ ${q} as title_hit from document_search s
        where s.tokens @@ ${q} ${where} limit ${COUNT_CAP + 1})
      select p.document_id, p.title_hit, c.n from (select count(*) as n from m) c
      left join lateral (select * from m where c.n <= ${COUNT_CAP} order by title_hit desc, sort_key desc limit ${request.limit} offset ${request.offset}) p on true`.execute(db);
    const n = Number(first.rows[0]?.n ?? 0);
    if (n <= COUNT_CAP) {
      const hits = first.rows.filter((r) => r.document_id !== null).map((r): Hit => ({ documentId: r.document_id!, score: r.title_hit ? 2 : 1 }));
      return { hits, total: n, capped: false };
    }
    // A common query: read each tier newest first from the sort_key index (ts_match_vq hides the
    // condition from the GIN index, so the planner walks the btree), bounded, else the GIN index.
    const tier = (walkCondition: RawBuilder<unknown>, ginCondition: RawBuilder<unknown>, score: number): Tier => ({
      async page(limit, offset) {
        if (limit <= 0) return [];
        const rows = Math.max(MIN_WALK_ROWS, WALK_ROWS_PER_HIT * (limit + offset));
        const walked = await sql<{ document_id: string }>`select s.document_id from (select s.* from document_search s where true ${where}
          order by s.sort_key desc limit ${rows}) s where ${walkCondition} order by s.sort_key desc limit ${limit} offset ${offset}`.execute(db);
        let ids = walked.rows.map((r) => r.document_id);
        if (ids.length < limit) {
          const indexed = await sql<{ document_id: string }>`select s.document_id from document_search s where ${ginCondition} ${where}
            order by s.sort_key desc limit ${limit} offset ${offset}`.execute(db);
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
    const titleTier = tier(sql`ts_match_vq(s.title_tokens, ${q})`, sql`s.title_tokens @@ ${q}`, 2);
    const otherTier = tier(sql`ts_match_vq(s.tokens, ${q}) and not ts_match_vq(s.title_tokens, ${q})`, sql`s.tokens @@ ${q} and not (s.title_tokens @@ ${q})`, 1);
    const hits = await twoTierPage(titleTier, otherTier, request.limit, request.offset);
    return { hits, total: COUNT_CAP, capped: true };
  },
};
