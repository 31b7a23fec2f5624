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
import { agencyDirectory, presentItemPublic, presentRegionTreePublic } from './presenters.ts';
import { listPublicDocuments } from '../../app/documents/listDocuments.ts';
import { tableColumns } from '../../domain/catalog/tableColumns.ts';
import { AgencyPage } from './views/agencyPage.tsx';
import { HomePage } from './views/homePage.tsx';
import { ItemPage } from './views/itemPage.tsx';

const LATEST_ON_HOME = 10;
const HOME_PARTS = ['apply', 'reports', 'guide'] as const;

/** The public portal: only published catalogs, only through the public presenters; their downloads. */
export function registerPublicRoutes(app: FastifyInstance): void {
  const db = () => app.gongkai.engine.db;

  app.get('/', async (request, reply) => {
    const sections = agencyDirectory(presentRegionTreePublic(await listRegionTree(db())));
    const latest = (await listPublicDocuments(db(), { limit: LATEST_ON_HOME, includeWithdrawn: false })).documents;
    return sendPage(reply, <HomePage sections={sections} latest={latest} viewer={viewerOf(request, reply)} />);
  });

  // The home page's 办事入口 forms: one agency's 依申请公开, 年报 or 指南 page (a plain GET form, no script).
  app.get<{ Querystring: { part?: string; agency?: string } }>('/go', async (request, reply) => {
    const part = HOME_PARTS.find((p) => p === request.query.part);
    const agency = request.query.agency ? await publicAgency(db(), request.query.agency) : null;
    if (!part || !agency) throw new NotFoundError('请选择要前往的单位');
    return reply.redirect(`/agencies/${agency.id}/${part}`, 303);
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
