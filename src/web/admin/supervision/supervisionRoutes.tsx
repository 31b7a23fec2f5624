import type { FastifyInstance, FastifyRequest } from 'fastify';
import { regionSupervision, supervisionRegionChoices } from '../../../app/supervision/regionSupervision.ts';
import { ForbiddenError, NotFoundError } from '../../../domain/shared/errors.ts';
import { BLOCK_MEDIA_TYPES, type BlockFormat } from '../../../exporters/annualReport/tableBlocks.ts';
import { exportSupervision } from '../../../exporters/supervision/supervisionExport.ts';
import { attachmentDisposition } from '../../public/exportRoutes.tsx';
import { sendPage } from '../../shared/render.ts';
import { contextOf, staffViewerOf } from '../../shared/requestContext.ts';
import { RegionSupervisionPage } from '../views/supervision/regionSupervisionPage.tsx';
import { filterRows, parseSupervisionQuery, sortRows, supervisionHref, type SupervisionQuery } from './supervisionQuery.ts';

type Query = { Querystring: Record<string, string | undefined> };

/** The query's region, by default the actor's own (else the first they may oversee); 403 for staff who oversee none. */
async function regionOf(request: FastifyRequest, query: SupervisionQuery) {
  const ctx = contextOf(request);
  const regions = await supervisionRegionChoices(ctx);
  if (regions.length === 0) throw new ForbiddenError('只有区域监督员和系统管理员可以查看各单位政务公开情况');
  const regionId = query.region ?? (regions.some((r) => r.id === ctx.actor.regionId) ? ctx.actor.regionId! : regions[0]!.id);
  return { ctx, regions, regionId };
}

async function viewOf(request: FastifyRequest<Query>) {
  const query = parseSupervisionQuery(request.query);
  const { ctx, regions, regionId } = await regionOf(request, query);
  const view = await regionSupervision(ctx, regionId);
  return { view, regions, query, rows: sortRows(filterRows(view.rows, query), query) };
}

/**
 * 各单位政务公开情况 for region supervisors and system admins (issue 11, deliverable 4): GET /admin/supervision with
 * ?region, sort, dir and filters; its download as xlsx or CSV with the same rows; POST /admin/supervision/refresh to
 * recompute a region's lines now (at most LIVE_COMPUTE_LIMIT agencies, regionSupervision; larger regions are left to the hourly job).
 */
export function registerSupervisionRoutes(app: FastifyInstance): void {
  app.get<Query>('/supervision', async (request, reply) => {
    const { view, regions, query, rows } = await viewOf(request);
    const page = <RegionSupervisionPage viewer={staffViewerOf(request, reply)} view={view} rows={rows} regions={regions} query={query} refreshed={request.query.refreshed === '1'} />;
    return sendPage(reply, page);
  });

  app.get<Query & { Params: { format: string } }>('/supervision/export.:format', async (request, reply) => {
    const format = request.params.format;
    if (!Object.hasOwn(BLOCK_MEDIA_TYPES, format)) throw new NotFoundError('不支持该下载格式（可下载 xlsx、csv）');
    const { view, rows } = await viewOf(request);
    const bytes = await exportSupervision({ title: `${view.region.name}各单位政务公开情况（截至${view.today}）`, rows }, format as BlockFormat);
    return reply
      .type(BLOCK_MEDIA_TYPES[format as BlockFormat])
      .header('content-disposition', attachmentDisposition(`${view.region.name}各单位政务公开情况${view.today}.${format}`, `supervision.${format}`))
      .header('cache-control', 'no-store')
      .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });

  app.post<{ Body: Record<string, string | undefined> }>('/supervision/refresh', async (request, reply) => {
    const body = request.body ?? {};
    // Only the known parameters of `back` survive (parse and rebuild): the redirect never leaves this page.
    const back = parseSupervisionQuery(Object.fromEntries(new URL(body.back ?? '', 'http://localhost/').searchParams));
    const query = { ...back, region: body.region?.trim() || back.region };
    const { ctx, regionId } = await regionOf(request, query);
    await regionSupervision(ctx, regionId, { refresh: true });
    return reply.redirect(`${supervisionHref({ ...query, region: regionId })}&refreshed=1`, 303);
  });
}
