import type { AppDatabase } from '../../app/context.ts';
import type { AgencyView } from '../../app/agencies/getAgency.ts';
import { getCatalogVersion, getPublishedVersionMeta } from '../../app/catalog/readCatalog.ts';
import { presentCatalogPublic, type PublicCatalog } from './presenters.ts';
import { CatalogTable } from './views/catalogTable.tsx';

export interface RenderedCatalog {
  catalog: PublicCatalog;
  /** The official table, rendered once per published version. */
  tableHtml: string;
}

const MAX_ENTRIES = 200;
const cache = new Map<string, RenderedCatalog>();

/**
 * An agency's published catalog, presented and with its table rendered.
 * A published version never changes (a change is a new version with a new
 * id), so the result is cached by version id: correct in every process
 * without invalidation, and a page view costs one small query.
 */
export async function publishedCatalogFor(db: AppDatabase, agency: AgencyView): Promise<RenderedCatalog | null> {
  const meta = await getPublishedVersionMeta(db, agency.id);
  if (!meta) return null;
  const key = `${meta.id}\u0000${agency.name}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const view = await getCatalogVersion(db, meta.id);
  if (!view || view.version.status !== 'published') return null;
  const catalog = presentCatalogPublic(agency, view);
  const tableHtml = (<CatalogTable catalog={catalog} itemHref={(item) => `/agencies/${agency.id}/items/${item.itemKey ?? item.id}`} />).toString();
  const entry = { catalog, tableHtml };
  cache.set(key, entry);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return entry;
}
