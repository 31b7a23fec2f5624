import type { FastifyInstance } from 'fastify';
import { getAgency } from '../../app/agencies/getAgency.ts';
import { listRegionTree, type RegionNode } from '../../app/agencies/listRegionTree.ts';
import { getPublishedCatalog } from '../../app/catalog/readCatalog.ts';
import { getPublicDocument } from '../../app/documents/getDocument.ts';
import { listPublicDocuments } from '../../app/documents/listDocuments.ts';
import { describeFailure } from '../shared/errors.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { presentDocumentPage } from './documentPresenters.ts';
import { presentItemPublic } from './presenters.ts';

type Paged = { Querystring: { limit?: string; offset?: string; level1?: string; level2?: string } };

/** limit 1–100 (default 20) and offset ≥ 0 from the query string. */
export function pagingOf(query: { limit?: string; offset?: string }): { limit: number; offset: number } {
  const limit = Number(query.limit ?? 20);
  const offset = Number(query.offset ?? 0);
  return {
    limit: Number.isInteger(limit) ? Math.min(Math.max(limit, 1), 100) : 20,
    offset: Number.isInteger(offset) ? Math.min(Math.max(offset, 0), 1_000_000) : 0,
  };
}

const paged = <T>(data: T[], total: number, limit: number, offset: number) => ({ data, total, limit, offset, hasMore: offset + data.length < total });

function flatten(nodes: readonly RegionNode[], names: string[] = []): { id: string; name: string; regionId: string; regionNames: string[] }[] {
  return nodes.flatMap((node) => [
    ...node.agencies.map((a) => ({ id: a.id, name: a.name, regionId: node.id, regionNames: [...names, node.name] })),
    ...flatten(node.children, [...names, node.name]),
  ]);
}

/**
 * The read-only JSON API under /api/v1 (docs/api.md): agencies, published catalogs and items,
 * published documents. Built only from the public presenters: no drafts, no internal notes.
 */
export function registerApiRoutes(app: FastifyInstance): void {
  void app.register(async (api) => {
    const db = () => app.gongkai.engine.db;
    api.addHook('onSend', async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=60').header('access-control-allow-origin', '*');
    });
    api.setErrorHandler(async (error, request, reply) => {
      const failure = describeFailure(error, request.url);
      const status = failure.kind === 'page' ? failure.status : 401;
      if (status >= 500) request.log.error({ err: error }, 'api request failed');
      return reply.code(status).send({ error: { status, message: failure.kind === 'page' ? failure.message : '需要登录' } });
    });
    api.setNotFoundHandler(async (_request, reply) => reply.code(404).send({ error: { status: 404, message: '没有这个接口' } }));

    api.get<Paged>('/agencies', async (request) => {
      const { limit, offset } = pagingOf(request.query);
      const all = flatten(await listRegionTree(db()));
      return paged(all.slice(offset, offset + limit).map((a) => ({ ...a, url: `/agencies/${a.id}` })), all.length, limit, offset);
    });

    api.get<Paged & { Params: { agencyId: string } }>('/agencies/:agencyId/catalog', async (request) => {
      const agency = await getAgency(db(), request.params.agencyId);
      const catalog = agency && (await getPublishedCatalog(db(), agency.id));
      if (!agency || !catalog) throw new NotFoundError('该单位没有已发布的目录');
      const { limit, offset } = pagingOf(request.query);
      const items = catalog.items.slice(offset, offset + limit).map((item) => ({ key: { level1: item.level1, level2: item.level2 ?? '' }, ...presentItemPublic(item), url: `/agencies/${agency.id}/items/${item.itemKey}` }));
      return {
        agency: { id: agency.id, name: agency.name, regionNames: agency.regionNames },
        catalog: {
          title: catalog.version.title, versionNumber: catalog.version.number, approvedAt: catalog.version.approvedAt,
          // Issue 12: what the source wrote (null for a catalog in the national form's columns).
          columns: catalog.version.columns, declaredText: catalog.version.declaredText, headerLines: catalog.version.headerLines,
        },
        items: paged(items, catalog.items.length, limit, offset),
      };
    });

    api.get<Paged & { Params: { agencyId: string } }>('/agencies/:agencyId/documents', async (request) => {
      const agency = await getAgency(db(), request.params.agencyId);
      if (!agency) throw new NotFoundError('找不到该单位');
      const { limit, offset } = pagingOf(request.query);
      const { level1, level2 } = request.query;
      const item = level1 ? { agencyId: agency.id, level1, level2: level2 ?? '' } : undefined;
      const list = await listPublicDocuments(db(), { agencyId: agency.id, item, limit, offset });
      return paged(list.documents, list.total, limit, offset);
    });

    api.get<Paged>('/documents', async (request) => {
      const { limit, offset } = pagingOf(request.query);
      const list = await listPublicDocuments(db(), { limit, offset });
      return paged(list.documents, list.total, limit, offset);
    });

    api.get<{ Params: { documentId: string } }>('/documents/:documentId', async (request) => {
      const view = await getPublicDocument(db(), request.params.documentId);
      if (!view) throw new NotFoundError('找不到该文件');
      return presentDocumentPage(view);
    });
  }, { prefix: '/api/v1' });
}
