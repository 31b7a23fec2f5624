import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import { addAttachment } from '../../app/documents/addAttachment.ts';
import { approveDocument } from '../../app/documents/approveDocument.ts';
import { reviewDocument, submitDocument } from '../../app/documents/changeDocumentStatus.ts';
import { confirmSecrecyReview } from '../../app/documents/confirmSecrecyReview.ts';
import { getDocumentForStaff } from '../../app/documents/getDocument.ts';
import { linkInterpretation } from '../../app/documents/linkInterpretation.ts';
import { removeAttachment } from '../../app/documents/removeAttachment.ts';
import { repealDocument } from '../../app/documents/repealDocument.ts';
import { withdrawDocument } from '../../app/documents/withdrawDocument.ts';
import { isDomainError, ValidationError } from '../../domain/shared/errors.ts';
import { contextOf } from '../shared/requestContext.ts';
import { MAX_ATTACHMENT_BYTES, showStaffDocument } from './documentPages.tsx';

type DocParams = { Params: { documentId: string } };
type Form = { Body: Record<string, unknown> | undefined };
const SHOWN_CODES = new Set(['validation.failed', 'workflow.invalid_transition', 'conflict', 'import.too_large']);

const field = (body: Record<string, unknown> | undefined, name: string): string => {
  const value = body?.[name];
  return typeof value === 'string' ? value : '';
};

/** datetime-local in China time (YYYY-MM-DDTHH:mm) → ISO instant; '' → null. */
export function publishAtOf(value: string): string | null {
  if (!value.trim()) return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value.trim())) throw new ValidationError('发布时间格式错误', [{ path: 'publishAt', message: '请填写有效的发布时间' }]);
  return new Date(`${value.trim()}:00+08:00`).toISOString();
}

/** Run one step; a refused step (checks, state, missing reason) re-renders the document page with why. */
async function step(request: FastifyRequest<DocParams>, reply: FastifyReply, done: string | (() => string), run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    if (!isDomainError(error) || !SHOWN_CODES.has(error.code)) throw error;
    const status = error.code === 'validation.failed' ? 400 : 409;
    return showStaffDocument(request, reply, request.params.documentId, { error: { message: error.message, issues: error.issues.map((i) => i.message) }, status });
  }
  return reply.redirect(`/admin/documents/${request.params.documentId}?done=${typeof done === 'string' ? done : done()}`, 303);
}

interface UploadedFile { fileName: string; bytes: Buffer; truncated: boolean }

async function keepFile(this: FastifyRequest, part: MultipartFile): Promise<void> {
  const bytes = await part.toBuffer();
  part.value = { fileName: part.filename, bytes, truncated: part.file.truncated } satisfies UploadedFile;
}

/** 提交, 复核, 保密审查, 审签 (now or scheduled), 撤回, 废止, 解读 links and attachments of one document. */
export async function registerDocumentActionRoutes(app: FastifyInstance): Promise<void> {
  await app.register(fastifyMultipart, { attachFieldsToBody: 'keyValues', onFile: keepFile, throwFileSizeLimit: false, limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5 } });
  const id = (request: FastifyRequest<DocParams>) => request.params.documentId;

  app.post<DocParams>('/documents/:documentId/submit', (request, reply) => step(request, reply, 'submitted', () => submitDocument(contextOf(request), { documentId: id(request) })));

  app.post<DocParams & Form>('/documents/:documentId/review', (request, reply) => {
    const decision = field(request.body, 'decision') === 'pass' ? 'pass' : 'return';
    return step(request, reply, `review_${decision}`, () => reviewDocument(contextOf(request), { documentId: id(request), decision, comment: field(request.body, 'comment') }));
  });

  app.post<DocParams & Form>('/documents/:documentId/secrecy', (request, reply) =>
    step(request, reply, 'secrecy', () => confirmSecrecyReview(contextOf(request), { documentId: id(request), note: field(request.body, 'note') })),
  );

  app.post<DocParams & Form>('/documents/:documentId/approve', (request, reply) => {
    const decision = field(request.body, 'decision') === 'approve' ? 'approve' : 'return';
    let outcome = decision === 'approve' ? 'published' : 'approve_return';
    return step(request, reply, () => outcome, async () => {
      const result = await approveDocument(contextOf(request), {
        documentId: id(request), decision, comment: field(request.body, 'comment'), publishAt: publishAtOf(field(request.body, 'publishAt')), changeNote: field(request.body, 'changeNote'),
      });
      if (result.status === 'scheduled') outcome = 'scheduled';
    });
  });

  app.post<DocParams & Form>('/documents/:documentId/withdraw', (request, reply) =>
    step(request, reply, 'withdrawn', () => withdrawDocument(contextOf(request), { documentId: id(request), reason: field(request.body, 'reason') })),
  );

  app.post<DocParams & Form>('/documents/:documentId/repeal', (request, reply) => {
    const validity = field(request.body, 'validity') === 'expired' ? 'expired' : 'repealed';
    return step(request, reply, 'repealed', () => repealDocument(contextOf(request), { documentId: id(request), reason: field(request.body, 'reason'), on: field(request.body, 'on'), validity }));
  });

  app.post<DocParams & Form>('/documents/:documentId/links', async (request, reply) => {
    const unlink = field(request.body, 'unlink') === '1';
    return step(request, reply, unlink ? 'unlinked' : 'linked', async () => {
      const doc = await getDocumentForStaff(contextOf(request), { documentId: id(request) });
      const other = field(request.body, 'other');
      const pair = doc.kind === 'policy' ? { policyId: doc.id, interpretationId: other } : { policyId: other, interpretationId: doc.id };
      await linkInterpretation(contextOf(request), { ...pair, unlink });
    });
  });

  app.post<DocParams & Form>('/documents/:documentId/attachments', (request, reply) => {
    const file = request.body?.file as UploadedFile | undefined;
    return step(request, reply, 'attachment_added', async () => {
      if (!file || !Buffer.isBuffer(file.bytes) || file.bytes.length === 0) throw new ValidationError('请选择要上传的文件', [{ path: 'file', message: '请选择文件' }]);
      if (file.truncated) throw new ValidationError(`文件超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB，无法上传`, [{ path: 'file', message: '文件过大' }]);
      await addAttachment(contextOf(request), { documentId: id(request), fileName: file.fileName, bytes: new Uint8Array(file.bytes) });
    });
  });

  app.post<DocParams & { Params: { attachmentId: string } }>('/documents/:documentId/attachments/:attachmentId/remove', (request, reply) =>
    step(request, reply, 'attachment_removed', () => removeAttachment(contextOf(request), { attachmentId: request.params.attachmentId })),
  );
}
