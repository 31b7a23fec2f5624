import type { CatalogView } from '../../domain/catalog/version.ts';
import { listAgencies } from '../../storage/repositories/agency.repository.ts';
import type { AppContext } from '../context.ts';
import { getPublishedCatalog } from './readCatalog.ts';

export interface AgencyCatalog {
  agency: { id: string; name: string };
  /** The agency's published catalog, null while it has none. */
  catalog: CatalogView | null;
}

/**
 * Every agency, by name, with its published catalog (`gongkai catalog list`). No permission check: agencies and
 * published catalogs are public (条例第二十条); drafts are never read here.
 */
export async function listPublishedCatalogs(ctx: Pick<AppContext, 'db'>): Promise<AgencyCatalog[]> {
  const found: AgencyCatalog[] = [];
  for (const agency of await listAgencies(ctx.db)) {
    found.push({ agency: { id: agency.id, name: agency.name }, catalog: await getPublishedCatalog(ctx.db, agency.id) });
  }
  return found;
}
