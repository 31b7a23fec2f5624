import { can, type Action } from '../../domain/accounts/roles.ts';
import { listAgencies } from '../../storage/repositories/agency.repository.ts';
import type { AppContext } from '../context.ts';
import { allAgencyScopes } from './agencyScopes.ts';

export interface AgencyChoice {
  id: string;
  name: string;
}

/** The agencies in which the actor may take `action`, by name (agency selectors, dashboards). */
export async function agenciesPermitted(ctx: AppContext, action: Action): Promise<AgencyChoice[]> {
  const scopes = await allAgencyScopes(ctx.db);
  const names = new Map((await listAgencies(ctx.db)).map((a) => [a.id, a.name]));
  return scopes
    .filter((scope) => can(ctx.actor, action, scope))
    .map((scope) => ({ id: scope.agencyId!, name: names.get(scope.agencyId!) ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
