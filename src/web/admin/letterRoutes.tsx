import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import { approveLetter } from '../../app/applications/letters/approveLetter.ts';
import { draftApplicationLetter, type TypedFacts } from '../../app/applications/letters/draftApplicationLetter.ts';
import { attachLetterFile, readLetterFile, removeLetterFile } from '../../app/applications/letters/letterAttachments.ts';
import { downloadApplicationLetter } from '../../app/applications/letters/letterFiles.ts';
import { returnLetterAtApproval, reviewLetter, submitLetter } from '../../app/applications/letters/letterSignOff.ts';
import { markLetterSent } from '../../app/applications/letters/markLetterSent.ts';
import { updateLetterDraft } from '../../app/applications/letters/updateLetterDraft.ts';
import { isDomainError, ValidationError } from '../../domain/shared/errors.ts';
import { MAX_ATTACHMENT_BYTES } from '../../importers/attachmentText/sniffAttachment.ts';
import { contentDisposition } from '../shared/attachmentResponse.ts';
import { contextOf } from '../shared/requestContext.ts';
import { DONE_MESSAGES, showLetter, showLetterList } from './letterPages.tsx';
import { EMPTY_DRAFT_FORM, type DraftFormValues } from './views/letters/letterListPage.tsx';

type AppParams = { Params: { applicationId: string } };
type LetterParams = { Params: { applicationId: string; letterId: string } };
type Form = { Body: Record<string, unknown> | undefined };
const SHOWN_CODES = new Set(['validation.failed', 'workflow.invalid_transition', 'conflict', 'forbidden', 'import.unreadable', 'import.too_large']);

const field = (body: Record<string, unknown> | undefined, name: string): string => (typeof body?.[name] === 'string' ? (body[name] as string) : '');
const shown = (error: unknown) => isDomainError(error) && SHOWN_CODES.has(error.code);
const statusOf = (code: string) => (code === 'validation.failed' ? 400 : code === 'forbidden' ? 403 : 409);

/** One step on a letter; a refused step re-renders the letter page with why. */
async function step(request: FastifyRequest<LetterParams>, reply: FastifyReply, done: string, run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    if (!shown(error) || !isDomainError(error)) throw error;
    return showLetter(request, reply, request.params, { error: { message: error.message, issues: error.issues.map((i) => i.message) }, status: statusOf(error.code) });
  }
  return reply.redirect(`/admin/applications/${request.params.applicationId}/letters/${request.params.letterId}?done=${done}`, 303);
}

function draftValues(body: Record<string, unknown> | undefined): DraftFormValues {
  return Object.fromEntries(Object.keys(EMPTY_DRAFT_FORM).map((name) => [name, field(body, name)])) as DraftFormValues;
}

function typedFacts(values: DraftFormValues): TypedFacts {
  const lines = values.correctionItems.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  return {
    reason: values.reason, provided: values.provided, extensionReason: values.extensionReason, party: values.party, feeStandard: values.feeStandard, paymentMethod: values.paymentMethod,
    ...(lines.length ? { correctionItems: lines } : {}),
  };
}

interface UploadedFile { fileName: string; bytes: Buffer; truncated: boolean }

async function keepFile(this: FastifyRequest, part: MultipartFile): Promise<void> {
  const bytes = await part.toBuffer();
  part.value = { fileName: part.filename, bytes, truncated: part.file.truncated } satisfies UploadedFile;
}

/** /admin/applications/:id/letters…: list and draft, the letter page, edit, sign-off, send, files and downloads. */
export async function registerLetterRoutes(app: FastifyInstance): Promise<void> {
  await app.register(fastifyMultipart, { attachFieldsToBody: 'keyValues', onFile: keepFile, throwFileSizeLimit: false, limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5 } });
  const base = '/applications/:applicationId/letters';

  app.get<AppParams>(base, (request, reply) => showLetterList(request, reply, request.params.applicationId));

  app.post<AppParams & Form>(base, async (request, reply) => {
    const values = draftValues(request.body);
    try {
      const letter = await draftApplicationLetter(contextOf(request), { applicationId: request.params.applicationId, kind: values.kind, outcome: values.outcome || null, facts: typedFacts(values) });
      return reply.redirect(`/admin/applications/${request.params.applicationId}/letters/${letter.id}?done=drafted`, 303);
    } catch (error) {
      if (!shown(error) || !isDomainError(error)) throw error;
      return showLetterList(request, reply, request.params.applicationId, { values, error: error.message, status: statusOf(error.code) });
    }
  });

  app.get<LetterParams & { Querystring: { done?: string } }>(`${base}/:letterId`, (request, reply) =>
    showLetter(request, reply, request.params, { notice: DONE_MESSAGES[request.query.done ?? ''] ?? null }),
  );

  app.post<LetterParams & Form>(`${base}/:letterId/edit`, async (request, reply) => {
    const values = { title: field(request.body, 'title'), addressee: field(request.body, 'addressee'), body: field(request.body, 'body') };
    try {
      await updateLetterDraft(contextOf(request), { ...request.params, ...values });
    } catch (error) {
      if (!shown(error) || !isDomainError(error)) throw error;
      const errors = Object.fromEntries(error.issues.map((i) => [i.path === '标题' ? 'title' : i.path === '称谓' ? 'addressee' : 'body', i.message]));
      return showLetter(request, reply, request.params, { error: { message: error.message, issues: [] }, values, errors, status: statusOf(error.code) });
    }
    return reply.redirect(`/admin/applications/${request.params.applicationId}/letters/${request.params.letterId}?done=edited`, 303);
  });

  app.post<LetterParams>(`${base}/:letterId/submit`, (request, reply) => step(request, reply, 'submit', () => submitLetter(contextOf(request), request.params)));
  app.post<LetterParams & Form>(`${base}/:letterId/review`, (request, reply) => {
    const decision = field(request.body, 'decision') === 'pass' ? 'pass' : 'return';
    return step(request, reply, `review_${decision}`, () => reviewLetter(contextOf(request), { ...request.params, decision, comment: field(request.body, 'comment') }));
  });
  app.post<LetterParams & Form>(`${base}/:letterId/approve`, (request, reply) =>
    field(request.body, 'decision') === 'approve'
      ? step(request, reply, 'approved', () => approveLetter(contextOf(request), request.params))
      : step(request, reply, 'approve_return', () => returnLetterAtApproval(contextOf(request), { ...request.params, comment: field(request.body, 'comment') })),
  );
  app.post<LetterParams & Form>(`${base}/:letterId/send`, (request, reply) =>
    step(request, reply, 'sent', () => markLetterSent(contextOf(request), { ...request.params, sentOn: field(request.body, 'sentOn') })),
  );

  app.post<LetterParams & Form>(`${base}/:letterId/attachments`, (request, reply) =>
    step(request, reply, 'attached', async () => {
      const file = request.body?.file as UploadedFile | undefined;
      if (!file || typeof file !== 'object' || !file.bytes?.length) throw new ValidationError('请选择要上传的文件');
      if (file.truncated) throw new ValidationError(`文件超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
      await attachLetterFile(contextOf(request), { ...request.params, fileName: file.fileName, bytes: new Uint8Array(file.bytes) });
    }),
  );
  app.post<{ Params: LetterParams['Params'] & { attachmentId: string } }>(`${base}/:letterId/attachments/:attachmentId/remove`, (request, reply) =>
    step(request, reply, 'removed', () => removeLetterFile(contextOf(request), request.params)),
  );

  app.get<{ Params: LetterParams['Params'] & { attachmentId: string } }>(`${base}/:letterId/attachments/:attachmentId`, async (request, reply) => {
    const file = await readLetterFile(contextOf(request), request.params);
    return sendFile(reply, file.name, file.mediaType, file.bytes);
  });
  app.get<{ Params: LetterParams['Params'] & { format: string } }>(`${base}/:letterId/download.:format`, async (request, reply) => {
    const file = await downloadApplicationLetter(contextOf(request), { ...request.params, format: request.params.format });
    return sendFile(reply, file.fileName, file.mediaType, file.bytes);
  });
}

/** A download with its Chinese file name; letters name the applicant, so nobody keeps a copy. */
function sendFile(reply: FastifyReply, name: string, mediaType: string, bytes: Uint8Array) {
  return reply
    .type(mediaType)
    .header('content-disposition', contentDisposition(name))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(Buffer.from(bytes));
}
