import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, RegionTable } from '../schema.ts';

export type RegionRow = RegionTable;

/** Region level by depth from the top: 自治区/省 → 市 → 县（区、县级市）. */
const LEVELS = ['province', 'city', 'county'] as const;

export async function listRegions(db: Kysely<Database>): Promise<RegionRow[]> {
  return db.selectFrom('regions').selectAll().orderBy('created_at').orderBy('name').execute();
}

export async function findRegion(db: Kysely<Database>, id: string): Promise<RegionRow | undefined> {
  return db.selectFrom('regions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Find or create each region of a path from the top; returns their ids, top first. */
export async function ensureRegionPath(
  db: Kysely<Database>,
  path: readonly { name: string; code?: string | null }[],
  now: string,
): Promise<string[]> {
  const ids: string[] = [];
  let parent: string | null = null;
  for (const [depth, { name, code }] of path.entries()) {
    let query = db.selectFrom('regions').select('id').where('name', '=', name);
    query = parent === null ? query.where('parent_id', 'is', null) : query.where('parent_id', '=', parent);
    const found = await query.executeTakeFirst();
    const id: string = found?.id ?? randomUUID();
    if (!found) {
      await db
        .insertInto('regions')
        .values({ id, parent_id: parent, name, level: LEVELS[Math.min(depth, LEVELS.length - 1)]!, code: code ?? null, created_at: now })
        .execute();
    }
    ids.push(id);
    parent = id;
  }
  return ids;
}

/** Ids of a region and every region above it, top first. */
export async function regionPathIds(db: Kysely<Database>, regionId: string): Promise<string[]> {
  const path: string[] = [];
  let current: string | null = regionId;
  while (current) {
    const row: { id: string; parent_id: string | null } | undefined = await db
      .selectFrom('regions').select(['id', 'parent_id']).where('id', '=', current).executeTakeFirst();
    if (!row) break;
    path.unshift(row.id);
    current = row.parent_id;
  }
  return path;
}
