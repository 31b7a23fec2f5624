import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import { getAgency } from '../../app/agencies/getAgency.ts';
import { confirmCatalogImport, getCatalogImportPreview, openVersionBlockingImport } from '../../app/catalog/confirmCatalogImport.ts';
import { previewCatalogImport } from '../../app/catalog/previewCatalogImport.ts';
import { compareImportWithCurrent } from '../../app/catalog/versionChanges.ts';
import { can } from '../../domain/accounts/roles.ts';
import { VERSION_STATUS_LABELS } from '../../domain/catalog/workflow.ts';
import { ForbiddenError, isDomainError, NotFoundError } from '../../domain/shared/errors.ts';
import { MAX_FILE_BYTES } from '../../importers/limits.ts';
import { stopPdfWorker } from '../../importers/pdf/index.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { requireDraftAccess } from './access.ts';
import { presentFindings } from './findings.ts';
import { chinaTime, presentDocumentTable, previewItemId } from './presenters.ts';
import { ImportPreviewPage } from './views/importPreviewPage.tsx';
import { ImportUploadPage } from './views/importUploadPage.tsx';
import { presentImportDifferences } from './versionChangesPresenter.ts';

/** The uploaded file as the multipart hook leaves it in the body. */
export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
  truncated: boolean;
}

type AgencyParams = { Params: { agencyId: string } };
type PreviewParams = { Params: { previewId: string } };

const FILE_ERRORS = new Set(['import.unreadable', 'import.no_table', 'import.too_large', 'validation.failed']);
const TOO_LARGE = `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，无法导入：请删去目录以外的内容（如图片）后再上传`;

/** Buffer the one file into the body (keyValues), noting when it was cut at the size limit instead of failing the request. */
export async function keepFile(this: FastifyRequest, part: MultipartFile): Promise<void> {
  const bytes = await part.toBuffer();
  part.value = { fileName: part.filename, bytes, truncated: part.file.truncated } satisfies UploadedFile;
}

export function uploadedFile(body: unknown, field = 'file'): UploadedFile | null {
  const file = (body as Record<string, unknown> | undefined)?.[field];
  return file && typeof file === 'object' && Buffer.isBuffer((file as UploadedFile).bytes) ? (file as UploadedFile) : null;
}

/** The agency, after checking the actor may edit its catalog (only editors import). */
async function editableAgency(request: FastifyRequest, agencyId: string) {
  const db = request.server.gongkai.engine.db;
  const agency = await getAgency(db, agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  const scope = await requireDraftAccess(request, agency.id);
  if (!can(request.actor, 'catalog.edit', scope)) throw new ForbiddenError('只有本单位填表人可以导入目录');
  return agency;
}

function showUpload(request: FastifyRequest, reply: FastifyReply, agency: { id: string; name: string }, error: string | null, lastFileName: string | null) {
  const page = <ImportUploadPage viewer={staffViewerOf(request, reply)} agency={{ id: agency.id, name: agency.name }} error={error} lastFileName={lastFileName} />;
  return sendPage(reply, page, error ? 400 : 200);
}

/**
 * 导入目录文件 (catalog.edit only): upload → preview kept on the server
 * (previewCatalogImport) → 保存为新草稿 (confirmCatalogImport). Multipart is
 * registered here only, one file of at most 50 MB.
 */
export async function registerImportRoutes(app: FastifyInstance): Promise<void> {
  await app.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    onFile: keepFile,
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5 },
  });
  // The PDF reader's worker thread keeps the process alive; stop it with the server.
  app.addHook('onClose', async () => stopPdfWorker());

  app.get<AgencyParams>('/agencies/:agencyId/import', async (request, reply) =>
    showUpload(request, reply, await editableAgency(request, request.params.agencyId), null, null),
  );

  app.post<AgencyParams>('/agencies/:agencyId/import', async (request, reply) => {
    const agency = await editableAgency(request, request.params.agencyId);
    const file = uploadedFile(request.body);
    if (!file || (!file.fileName && file.bytes.length === 0)) return showUpload(request, reply, agency, '请选择要导入的目录文件', null);
    if (file.truncated) return showUpload(request, reply, agency, TOO_LARGE, file.fileName);
    try {
      const preview = await previewCatalogImport(contextOf(request), { agencyId: agency.id, bytes: new Uint8Array(file.bytes), fileName: file.fileName });
      return reply.redirect(`/admin/imports/${preview.id}`, 303);
    } catch (error) {
      if (isDomainError(error) && FILE_ERRORS.has(error.code)) return showUpload(request, reply, agency, error.message, file.fileName);
      throw error;
    }
  });

  app.get<PreviewParams>('/imports/:previewId', async (request, reply) => {
    const ctx = contextOf(request);
    const preview = await getCatalogImportPreview(ctx, request.params.previewId);
    const open = await openVersionBlockingImport(ctx, preview.agencyId);
    const findings = presentFindings(preview.catalog, { itemHref: (index) => `#item-${previewItemId(index)}`, reader: preview.findings });
    const differences = await compareImportWithCurrent(ctx.db, preview.agencyId, preview.catalog.items);
    const page = (
      <ImportPreviewPage
        viewer={staffViewerOf(request, reply)}
        preview={{ ...preview, itemCount: preview.catalog.items.length, expiresAt: chinaTime(preview.expiresAt) ?? preview.expiresAt }}
        table={presentDocumentTable(preview.catalog)}
        findings={findings}
        blockedBy={open ? { id: open.id, number: open.number, statusLabel: VERSION_STATUS_LABELS[open.status] } : null}
        differences={differences && presentImportDifferences(differences, (index) => `#item-${previewItemId(index)}`)}
        revertWarnings={differences?.warnings ?? []}
      />
    );
    return sendPage(reply, page);
  });

  app.post<PreviewParams>('/imports/:previewId/confirm', async (request, reply) => {
    const { versionId } = await confirmCatalogImport(contextOf(request), { previewId: request.params.previewId });
    return reply.redirect(`/admin/versions/${versionId}?done=imported`, 303);
  });
}
