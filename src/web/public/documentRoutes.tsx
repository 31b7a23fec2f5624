import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getAgency, type AgencyView } from '../../app/agencies/getAgency.ts';
import { listRegionTree } from '../../app/agencies/listRegionTree.ts';
import { publishedItemFiledAs } from '../../app/catalog/publishedCatalogNames.ts';
import { getPublishedCatalog } from '../../app/catalog/readCatalog.ts';
import { getPublicDocument } from '../../app/documents/getDocument.ts';
import { readPublicAttachment } from '../../app/documents/readAttachment.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { disclosureContent, organizationContent } from '../../app/documents/disclosureContent.ts';
import { sendAttachment } from '../shared/attachmentResponse.ts';
import { sendPage } from '../shared/render.ts';
import { viewerOf } from '../shared/requestContext.ts';
import { registerApiRoutes } from './apiRoutes.ts';
import { officeOf } from './applicationRoutes.tsx';
import { COLUMN_TITLES, columnItems, guideFacts, type ColumnKind } from './columnPresenters.ts';
import { columnDocuments, regionListing, reportColumnDocuments } from './documentLists.ts';
import { presentDocumentPage } from './documentPresenters.ts';
import { publishedCatalogFor } from './publishedCatalogCache.tsx';
import { publicAgency } from './agencyCache.ts';
import { registerFeedRoutes } from './feedRoutes.ts';
import { registerSearchRoutes } from './searchRoutes.tsx';
import { ColumnListPage } from './views/documents/columnListPage.tsx';
import { ContentPage } from './views/documents/contentPage.tsx';
import { DocumentPage } from './views/documents/documentPage.tsx';
import { GuidePage } from './views/documents/guidePage.tsx';
import { OrganizationPage } from './views/documents/organizationPage.tsx';
import { RegionPage } from './views/documents/regionPage.tsx';

type AgencyParams = { Params: { agencyId: string } };

/** Published documents, their downloads, the agency's 政府信息公开 column pages and region pages; search, feeds and the API. */
export function registerPublicDocumentRoutes(app: FastifyInstance): void {
  const db = () => app.gongkai.engine.db;
  const agencyOf = async (request: FastifyRequest<AgencyParams>): Promise<AgencyView> => {
    const agency = await getAgency(db(), request.params.agencyId);
    if (!agency) throw new NotFoundError('找不到该单位');
    return agency;
  };

  app.get<{ Params: { documentId: string } }>('/documents/:documentId', async (request, reply) => {
    const view = await getPublicDocument(db(), request.params.documentId);
    if (!view) throw new NotFoundError('找不到该文件');
    const doc = presentDocumentPage(view);
    const agency = await publicAgency(db(), String(view.agencyId));
    const published = agency ? await publishedCatalogFor(db(), agency) : null;
    const catalogItems = published?.catalog.groups.flatMap((group) => group.items) ?? [];
    // A filing under a name the item had before links to the renamed item (issue 12); the cached catalog answers the rest.
    const items = await Promise.all(doc.items.map(async (key) => {
      const item = catalogItems.find((i) => i.level1 === key.level1 && (i.level2 ?? '') === key.level2) ?? (agency ? (await publishedItemFiledAs(db(), agency.id, key))?.item : undefined);
      return { label: key.level2 || key.level1, href: item && agency ? `/agencies/${agency.id}/items/${item.itemKey ?? item.id}` : null };
    }));
    return sendPage(reply, <DocumentPage doc={doc} agency={{ id: agency?.id ?? '', name: agency?.name ?? doc.publisher }} items={items} viewer={viewerOf(request, reply)} />);
  });


  // Streamed from disk with the stored sha256 as ETag (If-None-Match → 304); never read or hashed whole per request.
  app.get<{ Params: { documentId: string; attachmentId: string } }>('/documents/:documentId/attachments/:attachmentId', async (request, reply) =>
    sendAttachment(request, reply, await readPublicAttachment(db(), request.params), 'public, max-age=300'),
  );

  app.get<AgencyParams>('/agencies/:agencyId/guide', async (request, reply) => {
    const agency = await agencyOf(request);
    const guide = guideFacts(await getPublishedCatalog(db(), agency.id));
    guide.office = await officeOf(request, agency);
    return sendPage(reply, <GuidePage agency={{ id: agency.id, name: agency.name }} guide={guide} viewer={viewerOf(request, reply)} />);
  });

  for (const [path, kind] of [['rules', 'rules'], ['reports', 'reports']] as const satisfies readonly (readonly [string, ColumnKind])[]) {
    app.get<AgencyParams>(`/agencies/:agencyId/${path}`, async (request, reply) => {
      const agency = await agencyOf(request);
      const items = columnItems(await getPublishedCatalog(db(), agency.id), kind);
      const documents = kind === 'reports' ? await reportColumnDocuments(db(), agency.id, items) : await columnDocuments(db(), agency.id, items);
      const page = <ColumnListPage agency={{ id: agency.id, name: agency.name }} part={kind} title={COLUMN_TITLES[kind]} items={items} documents={documents} viewer={viewerOf(request, reply)} />;
      return sendPage(reply, page);
    });
  }

  app.get<AgencyParams>('/agencies/:agencyId/content', async (request, reply) => {
    const agency = await agencyOf(request);
    const groups = await disclosureContent(db(), agency.id);
    return sendPage(reply, <ContentPage agency={{ id: agency.id, name: agency.name }} groups={groups} viewer={viewerOf(request, reply)} />);
  });

  app.get<AgencyParams>('/agencies/:agencyId/organization', async (request, reply) => {
    const agency = await agencyOf(request);
    const [office, items] = await Promise.all([officeOf(request, agency), organizationContent(db(), agency.id)]);
    return sendPage(reply, <OrganizationPage agency={{ id: agency.id, name: agency.name }} office={office} items={items} viewer={viewerOf(request, reply)} />);
  });

  app.get<{ Params: { regionId: string } }>('/regions/:regionId', async (request, reply) => {
    const region = regionListing(await listRegionTree(db()), request.params.regionId);
    if (!region) throw new NotFoundError('找不到该地区');
    return sendPage(reply, <RegionPage region={region} viewer={viewerOf(request, reply)} />);
  });

  registerSearchRoutes(app);
  registerFeedRoutes(app);
  registerApiRoutes(app);
}
