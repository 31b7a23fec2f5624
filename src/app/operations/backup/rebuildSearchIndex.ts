import type { Kysely } from 'kysely';
import type { Database } from '../../../storage/schema.ts';
import { engineOf, searchIndexFor, type SearchEntry } from '../../../storage/dialect/searchIndex.ts';
import { publishedForIndexing } from '../../../storage/repositories/tableDump.repository.ts';
import { recordTokens } from '../../../domain/search/searchableText.ts';
import type { DocumentContent } from '../../../domain/documents/document.ts';

const BATCH = 500;

/**
 * Fill the (empty) search index of a restored database from its public records, with the same
 * tokenizer as publication; withdrawn documents stay out of search. Entries go in oldest first,
 * as the index reads hits newest first.
 */
export async function rebuildSearchIndex(db: Kysely<Database>): Promise<number> {
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
