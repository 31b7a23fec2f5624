import { sql, type Kysely } from 'kysely';
import type { EngineName } from '../dialect/engine.ts';
import { createSearchTablesV2, dropSearchTables } from '../dialect/searchSchema.ts';
import { searchIndexFor } from '../dialect/searchIndex.ts';
import type { SearchEntry } from '../dialect/searchContract.ts';
import { recordTokens } from '../../domain/search/searchableText.ts';
import type { DocumentContent } from '../../domain/documents/document.ts';

/**
 * Search tuning (docs/benchmarks.md, Search): phrase matching, a title field, and hits read
 * newest first from an index (sort keys), with tokens built by the pure tokenizer. Replaces the
 * index of 0003 and rebuilds it from the public records (published_documents), in batches.
 */
export async function up(db: Kysely<any>, engine: EngineName): Promise<void> {
  await dropSearchTables(db, engine);
  await createSearchTablesV2(db, engine);
  const index = searchIndexFor(engine);
  let after = '';
  for (;;) {
    const rows = await sql<{ document_id: string; agency_id: string; index_number: string; published_on: string; year: number; validity: string; content_json: string; plain_text: string }>`
      select document_id, agency_id, index_number, published_on, year, validity, content_json, plain_text from published_documents
      where state <> 'withdrawn' and document_id > ${after} order by document_id limit 500`.execute(db);
    if (rows.rows.length === 0) break;
    const entries: SearchEntry[] = rows.rows.map((r) => ({
      documentId: r.document_id, agencyId: r.agency_id, year: Number(r.year), validity: r.validity, publishedOn: r.published_on,
      tokens: recordTokens({ indexNumber: r.index_number, plainText: r.plain_text, content: JSON.parse(r.content_json) as DocumentContent }),
    }));
    entries.sort((a, b) => a.publishedOn.localeCompare(b.publishedOn));
    await index.addMany(db, entries);
    after = rows.rows.at(-1)!.document_id;
  }
}
