import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** A published catalog item as search reads it (public fields only: no preparer, no notes). */
export interface SearchableItem {
  agencyId: string;
  agencyName: string;
  itemKey: string;
  level1: string;
  level2: string | null;
  content: string | null;
  basis: string[];
}

/** The ids of every published catalog version: a key that changes whenever a catalog is published or superseded. */
export async function publishedVersionsKey(db: Kysely<Database>): Promise<string> {
  const rows = await db.selectFrom('catalog_versions').select('id').where('status', '=', 'published').orderBy('id').execute();
  return rows.map((r) => r.id).join(',');
}

/** Every item of every published catalog, with its agency's name, in catalog order. */
export async function listPublishedItems(db: Kysely<Database>): Promise<SearchableItem[]> {
  const rows = await db.selectFrom('catalog_items as i')
    .innerJoin('catalog_versions as v', 'v.id', 'i.version_id')
    .innerJoin('agencies as a', 'a.id', 'v.agency_id')
    .select(['a.id as agency_id', 'a.name as agency_name', 'i.item_key', 'i.level1', 'i.level2', 'i.content', 'i.basis_json'])
    .where('v.status', '=', 'published')
    .orderBy('a.name').orderBy('i.position')
    .execute();
  return rows.map((r) => ({
    agencyId: r.agency_id, agencyName: r.agency_name, itemKey: r.item_key, level1: r.level1, level2: r.level2, content: r.content,
    basis: parseList(r.basis_json),
  }));
}

function parseList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
