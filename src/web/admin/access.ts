import type { FastifyRequest } from 'fastify';
import { getAgency } from '../../app/agencies/getAgency.ts';
import { catalogDraftScope } from '../../app/catalog/catalogDraftScope.ts';
import { getCatalogVersion } from '../../app/catalog/readCatalog.ts';
import type { RegionNode } from '../../app/agencies/listRegionTree.ts';
import { can, type Actor, type Scope } from '../../domain/accounts/roles.ts';
import type { CatalogView, StoredCatalogItem } from '../../domain/catalog/version.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { contextOf } from '../shared/requestContext.ts';
import type { Abilities } from './views/workflowActions.tsx';

/** What the actor may do for one agency; pages use it to show only the buttons the use cases would accept. */
export function abilitiesFor(actor: Actor, scope: Scope): Abilities {
  return {
    edit: can(actor, 'catalog.edit', scope),
    submit: can(actor, 'catalog.submit', scope),
    review: can(actor, 'catalog.review', scope),
    approve: can(actor, 'catalog.approve', scope),
    audit: can(actor, 'audit.view', scope),
  };
}

/** Reading drafts and version history is for the agency's staff and the supervisors above it (app/catalog/catalogDraftScope.ts). */
export const requireDraftAccess = (request: FastifyRequest, agencyId: string): Promise<Scope> => catalogDraftScope(contextOf(request), agencyId);

export interface ReachableAgency {
  id: string;
  name: string;
  regionNames: string[];
  scope: Scope;
}

/** Every agency in the tree the actor may work on (view its drafts), with its scope. */
export function reachableAgencies(actor: Actor, roots: readonly RegionNode[]): ReachableAgency[] {
  const found: ReachableAgency[] = [];
  const walk = (nodes: readonly RegionNode[], ids: string[], names: string[]) => {
    for (const node of nodes) {
      const regionPath = [...ids, node.id];
      const regionNames = [...names, node.name];
      for (const agency of node.agencies) {
        const scope = { agencyId: agency.id, regionPath };
        if (can(actor, 'catalog.view_drafts', scope)) found.push({ id: agency.id, name: agency.name, regionNames, scope });
      }
      walk(node.children, regionPath, regionNames);
    }
  };
  walk(roots, [], []);
  return found;
}

/** A version with its agency, after checking the actor may read this agency's drafts. */
export async function loadVersion(request: FastifyRequest, versionId: string) {
  const db = request.server.gongkai.engine.db;
  const view = await getCatalogVersion(db, versionId);
  if (!view) throw new NotFoundError('找不到该目录版本');
  const agency = await getAgency(db, view.version.agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  const scope = await requireDraftAccess(request, agency.id);
  return { view, agency, abilities: abilitiesFor(request.actor, scope) };
}

export function findItem(view: CatalogView, itemId: string): StoredCatalogItem {
  const item = view.items.find((candidate) => candidate.id === itemId);
  if (!item) throw new NotFoundError('找不到该事项');
  return item;
}
