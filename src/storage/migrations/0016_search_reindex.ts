import type { Kysely } from 'kysely';
import type { EngineName } from '../dialect/engine.ts';
import { createSearchTablesV2, dropSearchTables } from '../dialect/searchSchema.ts';
import { refillSearchIndex } from '../dialect/searchMaintenance.ts';

/**
 * Issue 13: body and attachment text is indexed with words split by line wraps and table cells
 * joined (domain/search/normalize.ts joinWrappedHan), so every published document is indexed again.
 * The layout is unchanged (createSearchTablesV2); no table is added.
 */
export async function up(db: Kysely<any>, engine: EngineName): Promise<void> {
  await dropSearchTables(db, engine);
  await createSearchTablesV2(db, engine);
  await refillSearchIndex(db);
}
