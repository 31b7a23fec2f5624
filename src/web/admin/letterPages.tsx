import type { FastifyReply, FastifyRequest } from 'fastify';
import { agencyScope, getAgency } from '../../app/agencies/getAgency.ts';
import { letterFor } from '../../app/applications/letters/letterAccess.ts';
import { letterModelOf } from '../../app/applications/letters/letterFiles.ts';
import { getLetterTemplates } from '../../app/applications/letters/letterTemplates.ts';
import { listApplicationLetters } from '../../app/applications/letters/listApplicationLetters.ts';
import { effectiveLetterSettings } from '../../app/applications/letters/letterAccess.ts';
import { can } from '../../domain/accounts/roles.ts';
import { LETTER_PERMISSIONS, letterSignOffRefusal } from '../../domain/applications/letters/index.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import type { LetterAbilities } from './views/letters/letterForms.tsx';
import { EMPTY_DRAFT_FORM, LetterListPage, type DraftFormValues } from './views/letters/letterListPage.tsx';
import { LetterPage } from './views/letters/letterPage.tsx';
import { LetterTemplatesPage } from './views/letters/letterTemplatesPage.tsx';

/** Messages after a step, by the `done` query parameter of the redirect. */
export const DONE_MESSAGES: Record<string, string> = {
  drafted: '草稿已生成，请核对后提交复核',
  edited: '草稿已保存',
  submit: '已提交复核',
  review_pass: '复核通过，待审签',
  review_return: '已退回填表人',
  approved: '已审签，文号已编定',
  approve_return: '已退回填表人',
  sent: '已记录送达',
  attached: '附件已上传',
  removed: '附件已删除',
  template: '模板已保存',
  reset: '模板已恢复默认',
  settings: '文号前缀和救济途径已保存',
};

async function abilitiesFor(request: FastifyRequest, agencyId: string): Promise<LetterAbilities> {
  const scope = await agencyScope(request.server.gongkai.engine.db, agencyId);
  return {
    prepare: can(request.actor, LETTER_PERMISSIONS.prepare, scope),
    review: can(request.actor, LETTER_PERMISSIONS.review, scope),
    approve: can(request.actor, LETTER_PERMISSIONS.approve, scope),
  };
}

export async function showLetterList(request: FastifyRequest, reply: FastifyReply, applicationId: string, state: { values?: DraftFormValues; error?: string; status?: number } = {}) {
  const { application, letters } = await listApplicationLetters(contextOf(request), applicationId);
  const rows = letters.map((l) => ({ id: l.id, kindLabel: l.kindLabel, title: l.title, number: l.number, statusLabel: l.statusLabel, createdAt: l.createdAt, sentOn: l.sentOn }));
  const abilities = await abilitiesFor(request, application.agencyId);
  const page = (
    <LetterListPage viewer={staffViewerOf(request, reply)} applicationId={application.id} trackingNo={application.trackingNo} letters={rows}
      canPrepare={abilities.prepare} values={state.values ?? EMPTY_DRAFT_FORM} error={state.error ?? null} />
  );
  return sendPage(reply, page, state.status ?? 200);
}

export interface LetterPageState {
  notice?: string | null;
  error?: { message: string; issues: string[] } | null;
  values?: { title: string; addressee: string; body: string };
  errors?: Record<string, string>;
  status?: number;
}

export async function showLetter(request: FastifyRequest, reply: FastifyReply, ids: { applicationId: string; letterId: string }, state: LetterPageState = {}) {
  const ctx = contextOf(request);
  const { application, letter } = await letterFor(ctx, ids.applicationId, ids.letterId, LETTER_PERMISSIONS.view);
  const settings = await effectiveLetterSettings(ctx, letter.agencyId);
  const model = letterModelOf(letter, settings.agencyName);
  const page = (
    <LetterPage viewer={staffViewerOf(request, reply)} trackingNo={application.trackingNo} letter={letter} model={model}
      can={await abilitiesFor(request, letter.agencyId)} refusal={letterSignOffRefusal(letter, request.actor.id)} today={ctx.clock.today()}
      notice={state.notice ?? null} error={state.error ?? null} values={state.values ?? { title: letter.title, addressee: letter.addressee, body: letter.body }} errors={state.errors ?? {}} />
  );
  return sendPage(reply, page, state.status ?? 200);
}

/** The agency whose templates are shown: the actor's own, or the one a system administrator picks (?agency=). */
export function templateAgencyOf(request: FastifyRequest<{ Querystring: { agency?: string } }>): string {
  const agencyId = request.actor.agencyId ?? request.query.agency ?? '';
  if (!agencyId) throw new NotFoundError('请先选择单位（?agency=单位编号）');
  return agencyId;
}

export async function showLetterTemplates(request: FastifyRequest, reply: FastifyReply, agencyId: string, state: { notice?: string | null; errors?: { form: string; messages: string[] } | null; status?: number } = {}) {
  const agency = await getAgency(request.server.gongkai.engine.db, agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  const { settings, templates, placeholders } = await getLetterTemplates(contextOf(request), agencyId);
  const scope = await agencyScope(request.server.gongkai.engine.db, agencyId);
  const page = (
    <LetterTemplatesPage viewer={staffViewerOf(request, reply)} agency={{ id: agency.id, name: agency.name }}
      settings={{ prefix: settings.prefix, prefixIsDefault: settings.prefixIsDefault, reconsiderationBody: settings.remedy.reconsiderationBody ?? '', court: settings.remedy.court ?? '' }}
      templates={templates} placeholders={placeholders} canManage={can(request.actor, 'application.letter.templates', scope)} notice={state.notice ?? null} errors={state.errors ?? null} />
  );
  return sendPage(reply, page, state.status ?? 200);
}
