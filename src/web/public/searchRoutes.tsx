import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getAgency } from '../../app/agencies/getAgency.ts';
import { listRegionTree, type RegionNode } from '../../app/agencies/listRegionTree.ts';
import { getPublishedCatalog } from '../../app/catalog/readCatalog.ts';
import { searchDocuments } from '../../app/documents/searchDocuments.ts';
import { searchCatalog, searchSuggestions } from '../../app/search/searchCatalog.ts';
import { VALIDITIES, type Validity } from '../../domain/documents/document.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { sendPage } from '../shared/render.ts';
import { viewerOf } from '../shared/requestContext.ts';
import { pageInfo, pageNumberOf } from './documentPresenters.ts';
import { SearchPage, type SearchPageProps } from './views/documents/searchPage.tsx';

export const MAX_QUERY_CHARS = 100;
const SEARCH_PAGE_SIZE = 10;

type SearchQuery = { Querystring: Record<string, string | string[] | undefined> };

const one = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();

function flattenAgencies(nodes: readonly RegionNode[]): { id: string; name: string }[] {
  return nodes.flatMap((node) => [...node.agencies, ...flattenAgencies(node.children)]);
}

/** /search (site-wide) and /agencies/:agencyId/search: filters by agency, catalog item, year and 有效性; any text is safe. */
export function registerSearchRoutes(app: FastifyInstance): void {
  const db = () => app.gongkai.engine.db;

  async function show(request: FastifyRequest<SearchQuery>, reply: FastifyReply, fixedAgencyId: string | null) {
    const raw = one(request.query.q);
    const q = raw.slice(0, MAX_QUERY_CHARS);
    const agencyId = fixedAgencyId ?? one(request.query.agency);
    const agency = agencyId ? await getAgency(db(), agencyId) : null;
    if (fixedAgencyId && !agency) throw new NotFoundError('找不到该单位');
    const catalog = agency ? await getPublishedCatalog(db(), agency.id) : null;
    const itemId = one(request.query.item);
    // The item filter names the item's permanent key (issue 12); a row id from an older link still works while current.
    // A reference to no current item searches the whole agency, as the filter then shows (全部事项).
    const item = catalog?.items.find((i) => i.itemKey === itemId) ?? catalog?.items.find((i) => i.id === itemId) ?? null;
    const yearText = one(request.query.year);
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
    const validityText = one(request.query.validity);
    const validity = (VALIDITIES as readonly string[]).includes(validityText) ? (validityText as Validity) : undefined;
    const page = Math.min(pageNumberOf(one(request.query.page)), 100);
    const found = q
      ? await searchDocuments(db(), {
          query: q, agencyId: agency?.id, item: item && agency ? { agencyId: agency.id, itemKey: item.itemKey } : undefined,
          year, validity, page, pageSize: SEARCH_PAGE_SIZE,
        })
      : null;
    // Items and agencies beside the documents (issue 13); suggestions when no document was found.
    const catalogHits = found && found.terms.length ? await searchCatalog(db(), q, fixedAgencyId ?? undefined) : { items: [], agencies: [] };
    const nothing = found !== null && found.terms.length > 0 && found.total === 0;
    const thisYear = Number(app.gongkai.clock.today().slice(0, 4));
    const props: SearchPageProps = {
      action: fixedAgencyId ? `/agencies/${fixedAgencyId}/search` : '/search',
      fixedAgency: fixedAgencyId && agency ? { id: agency.id, name: agency.name } : null,
      query: q,
      truncated: raw.length > MAX_QUERY_CHARS,
      tooShort: Boolean(q) && found !== null && found.terms.length === 0,
      filters: { agency: agency?.id ?? '', item: item?.itemKey ?? '', year: year ? String(year) : '', validity: validity ?? '' },
      agencies: fixedAgencyId ? [] : flattenAgencies(await listRegionTree(db())),
      items: (catalog?.items ?? []).map((i) => ({ id: i.itemKey, label: i.level2 ? `${i.level1} / ${i.level2}` : i.level1 })),
      years: Array.from({ length: Math.max(thisYear - 2014, 1) }, (_, k) => thisYear - k),
      results: found?.results.map((r) => ({ url: r.url, titleHtml: r.titleHtml, snippetHtml: r.snippetHtml, indexNumber: r.indexNumber, publisher: r.publisher, publishedOn: r.publishedOn, validityLabel: r.validityLabel, missing: r.missing })) ?? [],
      partial: found?.partial ?? false,
      catalogItems: catalogHits.items.map((i) => ({ url: i.url, labelHtml: i.labelHtml, agencyName: i.agencyName, missing: i.missing, named: i.named })),
      agencyHits: catalogHits.agencies,
      suggestions: nothing ? await searchSuggestions(db(), q) : [],
      info: found ? pageInfo(found.page, found.total, SEARCH_PAGE_SIZE) : null,
      capped: found?.capped ?? false,
      viewer: viewerOf(request, reply),
    };
    return sendPage(reply, <SearchPage {...props} />);
  }

  app.get<SearchQuery>('/search', (request, reply) => show(request, reply, null));
  app.get<SearchQuery & { Params: { agencyId: string } }>('/agencies/:agencyId/search', (request, reply) => show(request, reply, request.params.agencyId));
}
