import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import { buildLexicon, type Lexicon } from '../../domain/search/segment.ts';
import { countAgencies, listAgencies } from '../../storage/repositories/agency.repository.ts';
import { listPublishedItems, publishedVersionsKey, type SearchableItem } from '../../storage/repositories/catalogSearch.repository.ts';

/** What search knows besides documents: the published catalogs' items, the agencies, and the lexicon built from them. */
export interface SearchVocabulary {
  lexicon: Lexicon;
  items: SearchableItem[];
  agencies: { id: string; name: string }[];
}

const cache = new WeakMap<object, { key: string; vocabulary: SearchVocabulary }>();

/**
 * The search vocabulary, rebuilt when a catalog is published or superseded or an agency is added
 * (its key is the published versions' ids and the number of agencies); otherwise read from memory,
 * per database, so a query costs two small reads. The item names (一级/二级事项) become lexicon words (segment.ts).
 */
export async function searchVocabulary(db: Kysely<Database>): Promise<SearchVocabulary> {
  const key = `${await publishedVersionsKey(db)}|${await countAgencies(db)}`;
  const cached = cache.get(db);
  if (cached?.key === key) return cached.vocabulary;
  const items = await listPublishedItems(db);
  const agencies = (await listAgencies(db)).map((a) => ({ id: a.id, name: a.name }));
  const lexicon = buildLexicon(items.flatMap((i) => [i.level1, i.level2 ?? '']));
  const vocabulary = { lexicon, items, agencies };
  cache.set(db, { key, vocabulary });
  return vocabulary;
}
