import type { FastifyInstance } from 'fastify';
import { getAgency } from '../../app/agencies/getAgency.ts';
import { listRegionTree } from '../../app/agencies/listRegionTree.ts';
import { loadCalendar } from '../../app/calendar/loadCalendar.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { sendPage } from '../shared/render.ts';
import { viewerOf } from '../shared/requestContext.ts';
import { presentDeadline } from './deadline.ts';
import { itemDocumentsData } from './documentLists.ts';
import { publishedItemOrReply } from './itemAddress.tsx';
import { pageNumberOf } from './documentPresenters.ts';
import { registerExportRoutes } from './exportRoutes.tsx';
import { publishedCatalogFor } from './publishedCatalogCache.tsx';
import { publicAgency } from './agencyCache.ts';
import { presentItemPublic, presentRegionTreePublic } from './presenters.ts';
import { tableColumns } from '../../domain/catalog/tableColumns.ts';
import { AgencyPage } from './views/agencyPage.tsx';
import { HomePage } from './views/homePage.tsx';
import { ItemPage } from './views/itemPage.tsx';

/** The public portal: only published catalogs, only through the public presenters; their downloads. */
export function registerPublicRoutes(app: FastifyInstance): void {
  const db = () => app.gongkai.engine.db;

  app.get('/', async (request, reply) => {
    const regions = presentRegionTreePublic(await listRegionTree(db()));
    return sendPage(reply, <HomePage regions={regions} viewer={viewerOf(request, reply)} />);
  });

  app.get<{ Params: { agencyId: string } }>('/agencies/:agencyId', async (request, reply) => {
    const agency = await publicAgency(db(), request.params.agencyId);
    if (!agency) throw new NotFoundError('找不到该单位');
    const rendered = await publishedCatalogFor(db(), agency);
    const catalog = rendered?.catalog ?? null;
    return sendPage(reply, <AgencyPage agency={catalog?.agency ?? { id: agency.id, name: agency.name, regionNames: agency.regionNames }} catalog={catalog} tableHtml={rendered?.tableHtml} viewer={viewerOf(request, reply)} />);
  });

  // :itemRef is the item's permanent key; an older address (a row id) moves to it (itemAddress.tsx, issue 12).
  app.get<{ Params: { agencyId: string; itemRef: string }; Querystring: { page?: string } }>('/agencies/:agencyId/items/:itemRef', async (request, reply) => {
    const agency = await getAgency(db(), request.params.agencyId);
    if (!agency) throw new NotFoundError('找不到该单位');
    const found = await publishedItemOrReply(db(), request, reply, agency, request.params.itemRef);
    if (!found) return reply;
    const { item, formerNames, catalog } = found;
    const deadline = presentDeadline(await loadCalendar({ db: db() }), item, app.gongkai.clock.today());
    const documents = await itemDocumentsData(db(), agency.id, item, formerNames, pageNumberOf(request.query.page));
    return sendPage(reply, <ItemPage agency={{ id: agency.id, name: agency.name }} item={presentItemPublic(item)} columns={catalog.version.columns ? tableColumns(catalog.version.columns, catalog.items) : null} deadline={deadline} documents={documents} viewer={viewerOf(request, reply)} />);
  });

  registerExportRoutes(app);
}
