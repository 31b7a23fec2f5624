import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import type { Scope } from '../../domain/accounts/roles.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { findAgency, findAgencyByName } from '../../storage/repositories/agency.repository.ts';
import { agencyWithAncestry } from '../../storage/repositories/region.repository.ts';

export interface AgencyView {
  id: string;
  name: string;
  regionId: string;
  /** Region ids from the top (自治区) down to the agency's own region. */
  regionPath: string[];
  /** Region names in the same order, for breadcrumbs. */
  regionNames: string[];
  code: string | null;
}

export async function getAgency(db: Kysely<Database>, id: string): Promise<AgencyView | null> {
  const found = await agencyWithAncestry(db, id);
  if (!found) return null;
  return {
    id: found.id,
    name: found.name,
    regionId: found.regionId,
    regionPath: found.regions.map((r) => r.id),
    regionNames: found.regions.map((r) => r.name),
    code: found.code,
  };
}

/** The permission scope of an agency (for `can`/`assertCan`); NotFound if there is no such agency. */
export async function agencyScope(db: Kysely<Database>, agencyId: string): Promise<Scope> {
  const agency = await getAgency(db, agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  return { agencyId: agency.id, regionPath: agency.regionPath };
}

/** An agency named by its id or its exact name (CLI arguments); NotFound with a hint otherwise. */
export async function resolveAgency(db: Kysely<Database>, nameOrId: string): Promise<AgencyView> {
  const row = (await findAgencyByName(db, nameOrId)) ?? (await findAgency(db, nameOrId));
  const agency = row && (await getAgency(db, row.id));
  if (!agency) throw new NotFoundError(`找不到单位「${nameOrId}」（gongkai agency list 列出所有单位）`);
  return agency;
}
