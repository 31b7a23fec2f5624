import { sql, type Kysely } from 'kysely';
import { engineOf } from './searchIndex.ts';

/**
 * Periodic upkeep of the search index. SQLite: FTS5 'optimize' merges the b-tree segments that
 * every insert adds (https://sqlite.org/fts5.html#the_optimize_command). PostgreSQL: ANALYZE keeps
 * the planner's statistics of document_search current; VACUUM is left to autovacuum, which
 * already cleans the GIN pending lists, and cannot run in the runner's pooled transactions anyway.
 */
export async function optimizeSearchIndex(db: Kysely<any>): Promise<void> {
  if (engineOf(db) === 'sqlite') await sql`insert into document_fts(document_fts) values('optimize')`.execute(db);
  else await sql`analyze document_search`.execute(db);
}
