import { PostgresAdapter, SqliteAdapter, type Kysely } from 'kysely';
import type { EngineName } from './engine.ts';
import type { SearchIndex } from './searchContract.ts';
import { sqliteSearchIndex } from './search.sqlite.ts';
import { postgresSearchIndex } from './search.postgres.ts';

export type { Hit, SearchEntry, SearchFilter, SearchIndex, SearchRequest, SearchResult } from './searchContract.ts';
export { COUNT_CAP } from './searchContract.ts';

/** The engine a Kysely instance (or transaction) talks to. */
export function engineOf(db: Kysely<any>): EngineName {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) return 'sqlite';
  if (adapter instanceof PostgresAdapter) return 'postgres';
  throw new Error('unknown database adapter');
}

export function searchIndexFor(engine: EngineName): SearchIndex {
  return engine === 'sqlite' ? sqliteSearchIndex : postgresSearchIndex;
}

/** The search index of the database `db` talks to. */
export function searchIndexOf(db: Kysely<any>): SearchIndex {
  return searchIndexFor(engineOf(db));
}
