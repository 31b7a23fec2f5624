import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { recordTokens } from '../../domain/search/searchableText.ts';
import type { DocumentContent } from '../../domain/documents/document.ts';
import { publishedForIndexing } from '../repositories/tableDump.repository.ts';
import { engineOf, searchIndexFor, type SearchEntry } from './searchIndex.ts';

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

const BATCH = 500;

/**
 * Fill an empty search index from the public records, with the same tokenizer as publication
 * (restore, and migrations that change what is indexed); withdrawn documents stay out of search.
 * Each batch goes in oldest first, as the index reads hits newest first.
 */
export async function refillSearchIndex(db: Kysely<Database>): Promise<number> {
  const index = searchIndexFor(engineOf(db));
  let afterId = '';
  let indexed = 0;
  for (;;) {
    const rows = await publishedForIndexing(db, afterId, BATCH);
    if (!rows.length) return indexed;
    const entries: SearchEntry[] = rows.map((row) => ({
      documentId: row.document_id, agencyId: row.agency_id, year: Number(row.year), validity: row.validity, publishedOn: row.published_on,
      tokens: recordTokens({ indexNumber: row.index_number, plainText: row.plain_text, content: JSON.parse(row.content_json) as DocumentContent }),
    }));
    await index.addMany(db, entries.sort((a, b) => a.publishedOn.localeCompare(b.publishedOn)));
    indexed += entries.length;
    afterId = rows.at(-1)!.document_id;
  }
}
