import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import type { Scope } from '../../domain/accounts/roles.ts';
import { listAgencies } from '../../storage/repositories/agency.repository.ts';
import { listRegions } from '../../storage/repositories/region.repository.ts';

/** Every agency's permission scope from two queries, for pages that check many agencies at once. */
export async function allAgencyScopes(db: Kysely<Database>): Promise<Scope[]> {
  const [regions, agencies] = await Promise.all([listRegions(db), listAgencies(db)]);
  const parentOf = new Map(regions.map((r) => [r.id, r.parent_id]));
  const pathOf = (regionId: string): string[] => {
    const path: string[] = [];
    for (let id: string | null | undefined = regionId; id; id = parentOf.get(id)) path.unshift(id);
    return path;
  };
  return agencies.map((agency) => ({ agencyId: agency.id, regionPath: pathOf(agency.region_id) }));
}
