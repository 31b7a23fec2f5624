import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getAgency } from '../../app/agencies/getAgency.ts';
import { getPublishedCatalog, getPublishedVersionMeta } from '../../app/catalog/readCatalog.ts';
import { toCatalogDocument } from '../../domain/catalog/toDocument.ts';
import { isDomainError, NotFoundError } from '../../domain/shared/errors.ts';
import { EXPORT_FORMATS, EXPORT_MEDIA_TYPES, type ExportFormat } from '../../exporters/index.ts';
import { ErrorPage } from '../shared/errorPage.tsx';
import { sendPage } from '../shared/render.ts';
import { viewerOf } from '../shared/requestContext.ts';
import { publishedCatalogFile } from './catalogExportCache.ts';

/** The download links of an agency page, in the order shown. */
export const DOWNLOADS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'xlsx', label: 'Excel（.xlsx）' },
  { format: 'docx', label: 'Word（.docx）' },
  { format: 'pdf', label: 'PDF' },
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
];

export function downloadHref(agencyId: string, format: ExportFormat): string {
  return `/agencies/${agencyId}/catalog.${format}`;
}

/**
 * Content-Disposition with the Chinese name in RFC 5987 form (filename*=UTF-8''…)
 * and an ASCII fallback for old clients.
 */
export function attachmentDisposition(fileName: string, fallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

function fontMissingPage(request: FastifyRequest, reply: FastifyReply, agencyId: string) {
  const message = '服务器暂时无法生成 PDF（缺少中文字体），请先下载 Excel 或 Word 版本；如需 PDF 请联系网站管理员。';
  return sendPage(
    reply,
    <ErrorPage status={503} title="PDF 暂时无法生成" message={message} viewer={viewerOf(request, reply)} back={{ href: `/agencies/${agencyId}`, label: '返回单位页面' }} />,
    503,
  );
}

/** GET /agencies/:id/catalog.(xlsx|docx|pdf|csv|json): the published catalog in the national form, through src/exporters (cached per version). */
export function registerExportRoutes(app: FastifyInstance): void {
  app.get<{ Params: { agencyId: string; format: string } }>('/agencies/:agencyId/catalog.:format', async (request, reply) => {
    const format = request.params.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new NotFoundError('不支持该下载格式');
    const db = app.gongkai.engine.db;
    const agency = await getAgency(db, request.params.agencyId);
    if (!agency) throw new NotFoundError('找不到该单位');
    const published = await getPublishedVersionMeta(db, agency.id);
    if (!published) throw new NotFoundError('该单位的政务公开目录尚未发布');
    const load = async () => {
      const view = await getPublishedCatalog(db, agency.id);
      if (!view || view.version.id !== published.id) throw new NotFoundError('该单位的政务公开目录已更新，请刷新页面后重新下载');
      return toCatalogDocument(view, agency.name);
    };
    let bytes: Uint8Array;
    try {
      // Rendered once per published version (in a worker for PDF/Word/Excel), then served from the cache.
      bytes = await publishedCatalogFile({ versionId: published.id, agencyName: agency.name }, format, load);
    } catch (error) {
      if (format === 'pdf' && isDomainError(error) && error.code === 'config.invalid') {
        request.log.error({ err: error }, 'PDF export without a CJK font');
        return fontMissingPage(request, reply, agency.id);
      }
      throw error;
    }
    return reply
      .type(EXPORT_MEDIA_TYPES[format])
      .header('content-disposition', attachmentDisposition(`${agency.name}政务公开目录.${format}`, `catalog.${format}`))
      .header('cache-control', 'no-cache')
      .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}
