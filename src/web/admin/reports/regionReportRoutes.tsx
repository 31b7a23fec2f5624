import type { FastifyInstance, FastifyRequest } from 'fastify';
import { regionReportOverview } from '../../../app/reports/regionReportOverview.ts';
import { reportRegionChoices } from '../../../app/reports/reportRegion.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../domain/shared/errors.ts';
import { BLOCK_MEDIA_TYPES, exportTableBlocks, type BlockFormat } from '../../../exporters/annualReport/tableBlocks.ts';
import { attachmentDisposition } from '../../public/exportRoutes.tsx';
import { sendPage } from '../../shared/render.ts';
import { contextOf, staffViewerOf } from '../../shared/requestContext.ts';
import { RegionReportsPage } from '../views/reports/regionReportsPage.tsx';
import { overviewBlocks, parseRegionSort } from './regionReportPresenters.ts';

type RegionQuery = { Querystring: { region?: string; year?: string; sort?: string } };

/** The query's region and year; by default the actor's own region (else the first they may oversee) and last year. */
async function overviewOf(request: FastifyRequest<RegionQuery>) {
  const ctx = contextOf(request);
  const regions = await reportRegionChoices(ctx);
  if (regions.length === 0) throw new ForbiddenError('只有区域监督员和系统管理员可以查看各单位年报情况');
  const { region, year, sort } = request.query;
  const regionId = region?.trim() || (regions.some((r) => r.id === ctx.actor.regionId) ? ctx.actor.regionId! : regions[0]!.id);
  const yearText = year?.trim() || String(Number(ctx.clock.today().slice(0, 4)) - 1);
  if (!/^\d{4}$/.test(yearText)) throw new ValidationError(`年度“${yearText.slice(0, 10)}”无效：请填写四位数的年份`);
  const overview = await regionReportOverview(ctx, regionId, Number(yearText));
  return { overview, regions, sort: parseRegionSort(sort) };
}

/**
 * 各单位年报情况 for region supervisors (issue 10, deliverable 5): GET /admin/region-reports?region=…&year=…&sort=…
 * and its download as xlsx or CSV with the same tables. Numbers only, never an applicant.
 */
export function registerRegionReportRoutes(app: FastifyInstance): void {
  app.get<RegionQuery>('/region-reports', async (request, reply) => {
    const { overview, regions, sort } = await overviewOf(request);
    return sendPage(reply, <RegionReportsPage viewer={staffViewerOf(request, reply)} overview={overview} regions={regions} sort={sort} />);
  });

  app.get<RegionQuery & { Params: { format: string } }>('/region-reports/export.:format', async (request, reply) => {
    const format = request.params.format;
    if (!Object.hasOwn(BLOCK_MEDIA_TYPES, format)) throw new NotFoundError('不支持该下载格式（可下载 xlsx、csv）');
    const { overview, sort } = await overviewOf(request);
    const bytes = await exportTableBlocks(overviewBlocks(overview, sort), format as BlockFormat);
    return reply
      .type(BLOCK_MEDIA_TYPES[format as BlockFormat])
      .header('content-disposition', attachmentDisposition(`${overview.region.name}${overview.year}年度年报情况.${format}`, `region-reports.${format}`))
      .header('cache-control', 'no-store')
      .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}
