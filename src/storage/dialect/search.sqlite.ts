import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { QueryPhrase, TokenField } from '../../domain/search/tokens.ts';
import { leftOutWithin, pageWithin, wordSetsWithin, type WordSets } from './search.sqliteLeftOut.ts';
import { assignSortKeys, countCapOf, countedResult, dayRange, itemNamesCondition, leftOutEach, twoTierPage, type Hit, type SearchEntry, type SearchFilter, type SearchIndex, type SearchRequest, type Tier } from './searchContract.ts';

const quote = (token: string) => `"${token.replace(/"/g, '""')}"`;

/**
 * FTS5 expressions for a query (tokens never hold syntax, and are quoted anyway):
 * a phrase of bigrams ("a" + "b" + "c": adjacent, in order) must be in the positional column, a single token may be in
 * the positional column or the bag, a 1-character query is a prefix. A word matches by any of its alternatives (OR);
 * the words are ANDed (mode all) or ORed (mode any).
 */
export function fts5Query(query: SearchRequest['query'], scope: 'all' | 'title', mode: SearchRequest['mode'] = 'all'): string {
  const phrase = (p: QueryPhrase) => {
    if (scope === 'title') return `title : ${p.tokens.map((t) => quote(TITLE + t)).join(' + ')}${p.prefix ? ' *' : ''}`;
    const tokens = `${p.tokens.map(quote).join(' + ')}${p.prefix ? ' *' : ''}`;
    // The phrase's n-grams (hidden column) narrow the candidates whose positions FTS5 must read; implied by the phrase.
    const grams = p.ngrams.map((g) => ` AND meta : ${quote(g)}`).join('');
    return p.tokens.length > 1 ? `(body : ${tokens}${grams})` : `({body bag} : ${tokens})`;
  };
  return query.map((w) => `(${w.alternatives.map(phrase).join(' OR ')})`).join(mode === 'any' ? ' OR ' : ' AND ');
}

/**
 * Title tokens carry a prefix of their own, so that the title tier reads the title's short
 * posting lists instead of every document that has the word somewhere.
 */
const TITLE = 't';

const hex = (text: string) => Buffer.from(text, 'utf8').toString('hex');

/** Hidden tokens in the meta column: agency, year, 有效性 (hex, so any id is one unicode61 token); the n-gram keys are added next to them. */
function metaTokens(e: Pick<SearchEntry, 'agencyId' | 'year' | 'validity'>): string[] {
  return [`ag${hex(e.agencyId)}`, `yr${e.year}`, `va${hex(e.validity)}`];
}

function metaFilter(filter: SearchFilter): string {
  const tokens = [
    ...(filter.agencyId ? [`ag${hex(filter.agencyId)}`] : []),
    ...(filter.year ? [`yr${filter.year}`] : []),
    ...(filter.validity ? [`va${hex(filter.validity)}`] : []),
  ];
  return tokens.map((t) => ` AND meta : ${quote(t)}`).join('');
}

function itemFilter(filter: SearchFilter): RawBuilder<unknown> {
  if (!filter.item) return sql``;
  return sql`and exists (select 1 from document_search s join published_document_items i on i.document_id = s.document_id
    where s.seq = document_fts.rowid and ${itemNamesCondition(filter.item)})`;
}

const titleColumn = (f: TokenField) => f.stream.concat(f.bag).map((t) => TITLE + t).join(' ');

async function insertRows(db: Kysely<any>, entries: readonly SearchEntry[], keys: readonly number[]): Promise<void> {
  const rows = sql.join(entries.map((e, i) => sql`(${keys[i]}, ${e.documentId}, ${e.agencyId}, ${e.year}, ${e.validity}, ${e.publishedOn})`));
  await sql`insert into document_search (seq, document_id, agency_id, year, validity, published_on) values ${rows}`.execute(db);
  const fts = sql.join(entries.map((e, i) => sql`(${keys[i]}, ${titleColumn(e.tokens.title)}, ${e.tokens.all.stream.join(' ')}, ${e.tokens.all.bag.join(' ')},
    ${metaTokens(e).concat(e.tokens.all.ngrams).join(' ')})`));
  await sql`insert into document_fts (rowid, title, body, bag, meta) values ${fts}`.execute(db);
}

const maxKey = (db: Kysely<any>) => async (from: number, to: number) => {
  const found = await sql<{ m: number | null }>`select max(seq) as m from document_search where seq >= ${from} and seq < ${to}`.execute(db);
  return found.rows[0]?.m ?? null;
};

/**
 * Every hit, in the contract's order (title hits, then newest), when there are no more than `cap`; else null.
 * FTS5 reads a doclist forwards two to three times faster than backwards when it must read it to its end — which a
 * query with few hits must (common words rare together: docs/benchmarks.md «SQLite at 1,000,000 documents») —, so the
 * hits are read oldest first (stopping at cap + 1, which also counts them) and ordered here.
 */
async function fewHits(db: Kysely<any>, all: string, title: string, items: RawBuilder<unknown>, cap: number): Promise<Hit[] | null> {
  const found = await sql<{ seq: number }>`select rowid as seq from document_fts where document_fts match ${all} ${items} limit ${cap + 1}`.execute(db);
  if (found.rows.length > cap) return null;
  if (found.rows.length === 0) return [];
  const titled = await sql<{ seq: number }>`select rowid as seq from document_fts where document_fts match ${title} ${items} limit ${cap + 1}`.execute(db);
  const inTitle = new Set(titled.rows.map((r) => r.seq));
  const ordered = found.rows.map((r) => r.seq).sort((a, b) => Number(inTitle.has(b)) - Number(inTitle.has(a)) || b - a);
  const ids = await sql<{ seq: number; document_id: string }>`select seq, document_id from document_search where seq in (${sql.join(ordered)})`.execute(db);
  const idOf = new Map(ids.rows.map((r) => [r.seq, r.document_id]));
  return ordered.flatMap((seq) => (idOf.has(seq) ? [{ documentId: idOf.get(seq)!, score: inTitle.has(seq) ? 2 : 1 }] : []));
}

/** SQLite: contentless FTS5 `unicode61` whose rowid is the sort key (searchSchema.ts). */
export const sqliteSearchIndex: SearchIndex = {
  async upsert(db, entry) {
    const found = await sql<{ seq: number; published_on: string }>`select seq, published_on from document_search where document_id = ${entry.documentId}`.execute(db);
    const old = found.rows[0];
    let key: number;
    if (old && dayRange(old.published_on)[0] === dayRange(entry.publishedOn)[0]) {
      key = old.seq;
      await sql`delete from document_fts where rowid = ${key}`.execute(db);
      await sql`delete from document_search where seq = ${key}`.execute(db);
    } else {
      if (old) await this.remove(db, entry.documentId);
      [key] = await assignSortKeys([entry], maxKey(db)) as [number];
    }
    await insertRows(db, [entry], [key]);
  },

  async addMany(db, entries) {
    if (entries.length === 0) return;
    const keys = await assignSortKeys(entries, maxKey(db));
    // SQLite allows 32,766 parameters per statement: 6 per row.
    for (let i = 0; i < entries.length; i += 2000) await insertRows(db, entries.slice(i, i + 2000), keys.slice(i, i + 2000));
  },

  async remove(db, documentId) {
    const found = await sql<{ seq: number }>`select seq from document_search where document_id = ${documentId}`.execute(db);
    const seq = found.rows[0]?.seq;
    if (seq === undefined) return;
    await sql`delete from document_fts where rowid = ${seq}`.execute(db);
    await sql`delete from document_search where seq = ${seq}`.execute(db);
  },

  async search(db, request) {
    if (request.query.length === 0) return { hits: [], total: 0, capped: false };
    const meta = metaFilter(request.filter);
    const all = `(${fts5Query(request.query, 'all', request.mode)})${meta}`;
    const title = `(${fts5Query(request.query, 'title', request.mode)})${meta}`;
    const items = itemFilter(request.filter);
    // A question of three words or more that may have no whole match: within an agency each word is read once.
    const sets = request.leftOutIfNone && request.query.length >= 3 ? await setsWithin(db, request) : null;
    if (sets) return pageWithin(db, request, sets);
    const tier = (match: string, score: number): Tier => ({
      async page(limit, offset) {
        if (limit <= 0) return [];
        const rows = await sql<{ document_id: string }>`select s.document_id from (select rowid as seq from document_fts
          where document_fts match ${match} ${items} order by rowid desc limit ${limit} offset ${offset}) f
          join document_search s on s.seq = f.seq order by f.seq desc`.execute(db);
        return rows.rows.map((r): Hit => ({ documentId: r.document_id, score }));
      },
      async count(upTo) {
        if (upTo <= 0) return 0;
        const rows = await sql<{ n: number }>`select count(*) as n from (select 1 from document_fts
          where document_fts match ${match} ${items} limit ${upTo})`.execute(db);
        return Number(rows.rows[0]?.n ?? 0);
      },
    });
    const cap = countCapOf(request);
    const few = await fewHits(db, all, title, items, cap);
    if (few) return countedResult(request, few.slice(request.offset, request.offset + request.limit), few.length);
    // More hits than the count bound: the tiers walk newest first and stop as soon as the page is full.
    return countedResult(request, await twoTierPage(tier(title, 2), tier(`(${all}) NOT (${title})`, 1), request.limit, request.offset), cap + 1);
  },
  async leaveOneOut(db, request) {
    const sets = await setsWithin(db, request);
    return sets ? leftOutWithin(db, request, sets) : leftOutEach(request.query, (query) => this.search(db, { ...request, query }));
  },
};

/** Each word's documents in the request's filter when it is an agency or as small (search.sqliteLeftOut.ts); else null. */
async function setsWithin(db: Kysely<any>, request: SearchRequest): Promise<WordSets | null> {
  const meta = metaFilter(request.filter);
  if (!meta || request.mode === 'any') return null;
  const words = request.query.map((word) => ({ all: `(${fts5Query([word], 'all')})${meta}`, title: `(${fts5Query([word], 'title')})${meta}` }));
  return wordSetsWithin(db, meta.replace(/^ AND /, ''), itemFilter(request.filter), words);
}
