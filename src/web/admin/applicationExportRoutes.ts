import type { FastifyInstance } from 'fastify';
import { exportApplications, isRegisterExportFormat } from '../../app/applications/exportApplications.ts';
import { NotFoundError, ValidationError } from '../../domain/shared/errors.ts';
import { attachmentDisposition } from '../public/exportRoutes.tsx';
import { contextOf } from '../shared/requestContext.ts';

/** The register's download address (the admin routes are mounted under /admin) for an agency (xlsx, csv or the contract's json). */
export function registerExportHref(agencyId: string, format: 'xlsx' | 'csv' | 'json'): string {
  return `/admin/applications/export.${format}?agency=${encodeURIComponent(agencyId)}`;
}

/**
 * GET /admin/applications/export.(xlsx|csv|json)[?agency=id]: the agency's 依申请公开登记台账 with
 * applicants' personal data, for its own staff only (exportApplications checks and audits). Never
 * cached: the file carries personal data.
 */
export function registerApplicationExportRoutes(app: FastifyInstance): void {
  app.get<{ Params: { format: string }; Querystring: { agency?: string } }>('/applications/export.:format', async (request, reply) => {
    const format = request.params.format;
    if (!isRegisterExportFormat(format)) throw new NotFoundError('不支持该下载格式（可下载 xlsx、csv、json）');
    const ctx = contextOf(request);
    const agencyId = typeof request.query.agency === 'string' && request.query.agency ? request.query.agency : ctx.actor.agencyId;
    if (!agencyId) throw new ValidationError('请指定要导出哪个单位的登记台账');
    const file = await exportApplications(ctx, agencyId, format);
    return reply
      .type(file.mediaType)
      .header('content-disposition', attachmentDisposition(file.fileName, `applications.${format}`))
      .header('cache-control', 'no-store')
      .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
  });
}
