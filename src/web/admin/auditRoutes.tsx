import type { FastifyInstance, FastifyRequest } from 'fastify';
import { auditEventsForExport } from '../../app/audit/auditEventsForExport.ts';
import { auditLogChoices } from '../../app/audit/auditLogChoices.ts';
import { listAuditEvents, type AuditLogFilter } from '../../app/audit/listAuditEvents.ts';
import { exportAuditCsv } from '../../exporters/audit/auditCsv.ts';
import { attachmentDisposition } from '../public/exportRoutes.tsx';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { presentAuditEvent } from './auditPresenter.ts';
import { AuditPage } from './views/auditPage.tsx';

const PAGE_SIZE = 50;

type AuditQuery = { agencyId?: string; actor?: string; action?: string; from?: string; to?: string; page?: string };

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** The filter of the query string (GET form: works without script; links and the CSV keep it). */
function filterOf(request: FastifyRequest<{ Querystring: AuditQuery }>): AuditLogFilter {
  const query = request.query;
  return { agencyId: text(query.agencyId), actorName: text(query.actor), action: text(query.action), from: text(query.from), to: text(query.to) };
}

/** 操作日志 and its CSV: what the actor may see (the use cases enforce it: 403 otherwise), filtered. */
export function registerAuditRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: AuditQuery }>('/audit', async (request, reply) => {
    const ctx = contextOf(request);
    const filter = filterOf(request);
    const page = Math.max(1, Number.parseInt(request.query.page ?? '1', 10) || 1);
    const [{ events, total }, choices] = await Promise.all([
      listAuditEvents(ctx, { ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
      auditLogChoices(ctx),
    ]);
    const agencyNames = new Map(choices.agencies.map((agency) => [agency.id, agency.name]));
    return sendPage(
      reply,
      <AuditPage
        viewer={staffViewerOf(request, reply)}
        events={events.map((event) => presentAuditEvent(event, agencyNames))}
        total={total}
        page={page}
        pageSize={PAGE_SIZE}
        filter={filter}
        choices={choices}
      />,
    );
  });

  app.get<{ Querystring: AuditQuery }>('/audit/export.csv', async (request, reply) => {
    const ctx = contextOf(request);
    const [{ events }, choices] = await Promise.all([auditEventsForExport(ctx, filterOf(request)), auditLogChoices(ctx)]);
    const agencyNames = new Map(choices.agencies.map((agency) => [agency.id, agency.name]));
    const bytes = exportAuditCsv(events.map((event) => presentAuditEvent(event, agencyNames)));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', attachmentDisposition(`操作日志（${ctx.clock.today()}）.csv`, 'audit.csv'))
      .header('cache-control', 'no-store')
      .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}
