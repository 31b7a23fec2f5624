import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
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


/** A region and every region above it, top first, with names: one recursive query (same SQL on both engines). */
export async function regionAncestry(db: Kysely<Database>, regionId: string): Promise<{ id: string; name: string }[]> {
  const result = await sql<{ id: string; name: string; depth: number }>`
    with recursive path(id, parent_id, name, depth) as (
      select id, parent_id, name, 0 from regions where id = ${regionId}
      union all
      select r.id, r.parent_id, r.name, p.depth + 1 from regions r join path p on r.id = p.parent_id
    )
    select id, name, depth from path order by depth desc`.execute(db);
  return result.rows.map((row) => ({ id: row.id, name: row.name }));
}
