import { sql, type Kysely } from 'kysely';
import type { EngineName } from './engine.ts';

/**
 * The full-text index of published documents, per engine (docs/adr/0002: engine
 * differences live in this folder).
 *
 * createSearchTables is the FIRST layout (migration 0003) and stays as it was, so that old
 * databases migrate through the same steps; createSearchTablesV2 is the current one
 * (migration 0005, which drops the first and rebuilds the index).
 */
export async function createSearchTables(db: Kysely<any>, engine: EngineName): Promise<void> {
  if (engine === 'sqlite') {
    await sql`create table document_search (
      seq integer primary key,
      document_id text not null unique,
      agency_id text not null,
      year integer not null,
      validity text not null,
      published_on text not null
    )`.execute(db);
    await sql`create virtual table document_fts using fts5(tokens, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`.execute(db);
    return;
  }
  await sql`create table document_search (
    document_id text primary key,
    agency_id text not null,
    year integer not null,
    validity text not null,
    published_on text not null,
    tokens tsvector not null
  )`.execute(db);
  await sql`create index document_search_tokens on document_search using gin (tokens)`.execute(db);
  await sql`create index document_search_agency on document_search (agency_id, published_on)`.execute(db);
}

export async function dropSearchTables(db: Kysely<any>, engine: EngineName): Promise<void> {
  if (engine === 'sqlite') await sql`drop table if exists document_fts`.execute(db);
  await sql`drop table if exists document_search`.execute(db);
}

/**
 * Current layout. Both engines store the same tokens (src/domain/search/tokens.ts) and order
 * hits by `sort_key` (searchContract.ts: 发布日期 day × 2^21 + a per-day counter).
 *
 * SQLite: `document_search.seq` IS the sort key and the rowid of the contentless FTS5 table
 * (`unicode61`, positions kept for phrases, no column sizes: no bm25 is computed), so
 * `ORDER BY rowid DESC LIMIT n` walks the posting lists newest first and stops after n hits.
 * Columns: title (title tier; tokens prefixed `t` so their posting lists are the titles' own),
 * body (positional stream of title + text), bag (tokens beyond the positions, single-token
 * matches only), meta (hidden tokens: agency, year, 有效性 filters and the n-gram keys that
 * narrow phrase candidates). No user query can reach title or meta tokens.
 *
 * PostgreSQL: tsvectors built by the app with explicit positions (no text-search parser is
 * involved, so lexemes are exactly the app's tokens), GIN indexes for "which documents", btree
 * indexes on sort_key and (agency_id, sort_key) for "newest first". `ngrams` (hashed 3/4-grams, no positions, GIN) narrows
 * the candidates of phrase queries, which a GIN index alone cannot check (tokens.ts).
 */
export async function createSearchTablesV2(db: Kysely<any>, engine: EngineName): Promise<void> {
  if (engine === 'sqlite') {
    await sql`create table document_search (
      seq integer primary key,
      document_id text not null unique,
      agency_id text not null,
      year integer not null,
      validity text not null,
      published_on text not null
    )`.execute(db);
    await sql`create virtual table document_fts using fts5(title, body, bag, meta, content='', contentless_delete=1,
      tokenize='unicode61 remove_diacritics 0')`.execute(db);
    return;
  }
  await sql`create table document_search (
    document_id text primary key,
    sort_key bigint not null unique,
    agency_id text not null,
    year integer not null,
    validity text not null,
    published_on text not null,
    title_tokens tsvector not null,
    tokens tsvector not null,
    ngrams tsvector not null
  )`.execute(db);
  await createPostgresSearchIndexes(db);
}

/** PostgreSQL's full-text indexes (also used by bulk loads that drop and recreate them). */
export async function createPostgresSearchIndexes(db: Kysely<any>): Promise<void> {
  await sql`create index if not exists document_search_tokens on document_search using gin (tokens)`.execute(db);
  await sql`create index if not exists document_search_title on document_search using gin (title_tokens)`.execute(db);
  await sql`create index if not exists document_search_ngrams on document_search using gin (ngrams)`.execute(db);
  await sql`create index if not exists document_search_agency on document_search (agency_id, sort_key)`.execute(db);
  await sql`create index if not exists document_search_validity on document_search (validity, sort_key)`.execute(db);
}

export async function dropPostgresSearchIndexes(db: Kysely<any>): Promise<void> {
  for (const name of ['document_search_tokens', 'document_search_title', 'document_search_ngrams', 'document_search_agency', 'document_search_validity']) {
    await sql`drop index if exists ${sql.id(name)}`.execute(db);
  }
}
