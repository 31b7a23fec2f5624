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



/** An agency with its region path (top first, ids and names): one recursive query, same SQL on both engines. */
export async function agencyWithAncestry(
  db: Kysely<Database>,
  agencyId: string,
): Promise<{ id: string; name: string; regionId: string; code: string | null; regions: { id: string; name: string }[] } | undefined> {
  const result = await sql<{ agency_name: string; agency_code: string | null; region_id: string; id: string; name: string; depth: number }>`
    with recursive path(id, parent_id, name, depth) as (
      select r.id, r.parent_id, r.name, 0 from regions r join agencies a on a.region_id = r.id where a.id = ${agencyId}
      union all
      select r.id, r.parent_id, r.name, p.depth + 1 from regions r join path p on r.id = p.parent_id
    )
    select a.name as agency_name, a.code as agency_code, a.region_id, path.id, path.name, path.depth
    from agencies a, path where a.id = ${agencyId} order by path.depth desc`.execute(db);
  const first = result.rows[0];
  if (!first) return undefined;
  return {
    id: agencyId,
    name: first.agency_name,
    regionId: first.region_id,
    code: first.agency_code,
    regions: result.rows.map((row) => ({ id: row.id, name: row.name })),
  };
}
