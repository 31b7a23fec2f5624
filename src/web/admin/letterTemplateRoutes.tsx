import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resetAgencyLetterTemplate, saveAgencyLetterTemplate } from '../../app/applications/letters/letterTemplates.ts';
import { saveAgencyLetterSettings } from '../../app/applications/letters/saveLetterSettings.ts';
import { isDomainError } from '../../domain/shared/errors.ts';
import { contextOf } from '../shared/requestContext.ts';
import { DONE_MESSAGES, showLetterTemplates, templateAgencyOf } from './letterPages.tsx';

type Query = { Querystring: { agency?: string; done?: string } };
type Form = { Body: Record<string, unknown> | undefined };

const field = (body: Record<string, unknown> | undefined, name: string): string => (typeof body?.[name] === 'string' ? (body[name] as string) : '');
const SHOWN_CODES = new Set(['validation.failed', 'forbidden', 'not_found']);

function redirectTo(request: FastifyRequest<Query>, done: string, anchor = ''): string {
  const agency = request.actor.agencyId ? '' : `agency=${encodeURIComponent(request.query.agency ?? '')}&`;
  return `/admin/letter-templates?${agency}done=${done}${anchor}`;
}

/** 依申请公开文书模板 in the back office: the agency's templates, letter prefix and remedy bodies (agency administrators). */
export function registerLetterTemplateRoutes(app: FastifyInstance): void {
  app.get<Query>('/letter-templates', (request, reply) =>
    showLetterTemplates(request, reply, templateAgencyOf(request), { notice: DONE_MESSAGES[request.query.done ?? ''] ?? null }),
  );

  app.post<Query & Form>('/letter-settings', async (request, reply) => {
    const agencyId = templateAgencyOf(request);
    try {
      await saveAgencyLetterSettings(contextOf(request), { agencyId, prefix: field(request.body, 'prefix'), reconsiderationBody: field(request.body, 'reconsiderationBody'), court: field(request.body, 'court') });
    } catch (error) {
      if (!isDomainError(error) || !SHOWN_CODES.has(error.code)) throw error;
      return showLetterTemplates(request, reply, agencyId, { errors: { form: 'settings', messages: [error.message] }, status: error.code === 'forbidden' ? 403 : 400 });
    }
    return reply.redirect(redirectTo(request, 'settings'), 303);
  });

  app.post<Query & Form & { Params: { key: string } }>('/letter-templates/:key', async (request, reply) => {
    const agencyId = templateAgencyOf(request);
    const key = request.params.key;
    const reset = field(request.body, 'reset') === '1';
    try {
      if (reset) await resetAgencyLetterTemplate(contextOf(request), { agencyId, key });
      else await saveAgencyLetterTemplate(contextOf(request), { agencyId, key, title: field(request.body, 'title'), addressee: field(request.body, 'addressee'), body: field(request.body, 'body') });
    } catch (error) {
      if (!isDomainError(error) || !SHOWN_CODES.has(error.code)) throw error;
      const messages = error.issues.length ? error.issues.map((i) => i.message) : [error.message];
      return showLetterTemplates(request, reply, agencyId, { errors: { form: key, messages }, status: error.code === 'forbidden' ? 403 : error.code === 'not_found' ? 404 : 400 });
    }
    return reply.redirect(redirectTo(request, reset ? 'reset' : 'template', `#template-${encodeURIComponent(key)}`), 303);
  });
}
