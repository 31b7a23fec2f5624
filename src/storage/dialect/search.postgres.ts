import { sql, type Kysely } from 'kysely';
import { assignSortKeys, countedResult, dayNumber, dayRange, leftOutEach, type SearchEntry, type SearchIndex } from './searchContract.ts';
import { tsLexemes, tsVector } from './search.postgresQuery.ts';
import { commonPage, FIRST_WALK, firstWalk, prepare } from './search.postgresRead.ts';
import { firstWalkFromGin, looseHits } from './search.postgresLoose.ts';

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

/** PostgreSQL: app-built tsvectors, GIN for matching, sort_key btrees for order (searchSchema.ts); reads in search.postgresRead.ts. */
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
    const p = await prepare(db, request);
    const first = (await firstWalkFromGin(db, p)) ?? (await firstWalk(db, p));
    if (first.whole && first.hits.length <= p.cap) {
      // The filter has fewer rows than the walk: these are all the hits.
      const ordered = first.hits.sort((a, b) => b.score - a.score || b.key - a.key).map(({ documentId, score }) => ({ documentId, score }));
      return countedResult(request, ordered.slice(request.offset, request.offset + request.limit), ordered.length);
    }
    if (first.hits.length > p.cap) {
      const others = async (limit: number, offset: number) => (await looseHits(db, p, offset + limit, true)).hits.slice(offset, offset + limit).map((h) => h.documentId);
      return commonPage(db, request, p, first.whole, others);
    }
    const need = Math.max(request.offset + request.limit, p.cap + 1);
    // The walk's hit rate among the newest rows sizes the window of the GIN step (search.postgresLoose.ts).
    const found = await looseHits(db, p, need, false, Math.max(1, first.hits.length) / FIRST_WALK);
    return countedResult(request, found.hits.slice(request.offset, request.offset + request.limit), found.hits.length);
  },
  leaveOneOut(db, request) {
    return leftOutEach(request.query, (query) => this.search(db, { ...request, query }));
  },
};
