import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * Issue 12 (stable items): reading catalog items by their permanent key across an agency's versions
 * (migration 0014, domain/catalog/itemKeys.ts).
 */

/** A new permanent item key: 10 characters of base32 (RFC 4648, lower case) from a random UUID — URL-safe and short. */
export function newItemKey(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  const bytes = Buffer.from(randomUUID().replace(/-/g, ''), 'hex');
  let bits = '';
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
  let key = '';
  for (let at = 0; key.length < 10; at += 5) key += alphabet[parseInt(bits.slice(at, at + 5), 2)];
  return key;
}

/**
 * The key of an item row of one of this agency's published (current or superseded) versions, or undefined: old public
 * addresses name such a row id. A draft's row ids were never public and stay unknown.
 */
export async function itemKeyOfRow(db: Kysely<Database>, agencyId: string, itemId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('catalog_items as i')
    .innerJoin('catalog_versions as v', 'v.id', 'i.version_id')
    .select('i.item_key')
    .where('i.id', '=', itemId)
    .where('v.agency_id', '=', agencyId)
    .where('v.status', 'in', ['published', 'superseded'])
    .executeTakeFirst();
  return row?.item_key ?? undefined;
}

/**
 * Every (一级事项, 二级事项) the agency's items carried in its published (current or superseded) versions, with their
 * keys, newest version first: one query for a whole catalog (the item pages and the 法定主动公开内容 page).
 */
export async function publishedItemNames(db: Kysely<Database>, agencyId: string, itemKey?: string): Promise<{ itemKey: string; level1: string; level2: string | null; versionNumber: number }[]> {
  let query = db
    .selectFrom('catalog_items as i')
    .innerJoin('catalog_versions as v', 'v.id', 'i.version_id')
    .select(['i.item_key', 'i.level1', 'i.level2', 'v.number'])
    .where('v.agency_id', '=', agencyId)
    .where('v.status', 'in', ['published', 'superseded']);
  if (itemKey !== undefined) query = query.where('i.item_key', '=', itemKey);
  const rows = await query.orderBy('v.number', 'desc').execute();
  return rows.map((row) => ({ itemKey: row.item_key, level1: row.level1, level2: row.level2, versionNumber: Number(row.number) }));
}
