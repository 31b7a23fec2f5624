import { can, type Action, type Scope } from '../../domain/accounts/roles.ts';
import { listAgencies } from '../../storage/repositories/agency.repository.ts';
import { allAgencyScopes } from '../agencies/agencyScopes.ts';
import type { AppContext } from '../context.ts';

/** An agency with its permission scope, for checking the actor's actions line by line. */
export interface QueueAgency {
  id: string;
  name: string;
  scope: Scope;
}

/** Every agency with its scope and name (two queries), read once per work queue. */
export async function loadQueueAgencies(ctx: AppContext): Promise<QueueAgency[]> {
  const [scopes, agencies] = await Promise.all([allAgencyScopes(ctx.db), listAgencies(ctx.db)]);
  const names = new Map(agencies.map((a) => [a.id, a.name]));
  return scopes.map((scope) => ({ id: scope.agencyId!, name: names.get(scope.agencyId!) ?? '', scope }));
}

/** The agencies in which the actor may take at least one of `actions` (the role table of domain/accounts/roles.ts). */
export function agenciesWhere(ctx: AppContext, agencies: readonly QueueAgency[], ...actions: Action[]): QueueAgency[] {
  return agencies.filter((agency) => actions.some((action) => can(ctx.actor, action, agency.scope)));
}
