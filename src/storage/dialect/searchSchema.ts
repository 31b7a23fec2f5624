import { sql, type Kysely } from 'kysely';
import type { EngineName } from './engine.ts';

/**
 * The full-text index of published documents, per engine (docs/adr/0002: engine
 * differences live in this folder). Both index the same app-made token string
 * (src/app/search/tokenizer.ts): SQLite in an FTS5 `unicode61` table (contentless, with
 * deletes), PostgreSQL in a `tsvector('simple', …)` column with a GIN index. The filter
 * columns (agency, year, 有效性, date) sit next to the tokens so one query filters and ranks.
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
