import type { Kysely } from 'kysely';
import type { Database } from '../../../storage/schema.ts';
import { refillSearchIndex } from '../../../storage/dialect/searchMaintenance.ts';

/**
 * Fill the (empty) search index of a restored database from its public records, with the same
 * tokenizer as publication; withdrawn documents stay out of search (storage/dialect/searchMaintenance.ts).
 */
export async function rebuildSearchIndex(db: Kysely<Database>): Promise<number> {
  return refillSearchIndex(db);
}
