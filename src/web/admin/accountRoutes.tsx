import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { changeOwnPassword } from '../../app/accounts/changeOwnPassword.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { fieldErrorsOf, formText, isUserFormError } from './userFormErrors.ts';
import { USER_NOTICES } from './userPresenters.ts';
import { OwnPasswordPage } from './views/ownPasswordPage.tsx';

type Form = { Body: Record<string, unknown> | undefined; Querystring: { done?: string } };

function showPasswordPage(request: FastifyRequest<Form>, reply: FastifyReply, errors: Record<string, string> = {}) {
  const notice = Object.keys(errors).length ? null : (USER_NOTICES[request.query.done ?? ''] ?? null);
  return sendPage(reply, <OwnPasswordPage viewer={staffViewerOf(request, reply)} errors={errors} notice={notice} />, Object.keys(errors).length ? 400 : 200);
}

/** 修改本人密码 for every signed-in user; the session making the change stays, the others end. */
export function registerAccountRoutes(app: FastifyInstance): void {
  app.get<Form>('/account/password', async (request, reply) => showPasswordPage(request, reply));

  app.post<Form>('/account/password', async (request, reply) => {
    const newPassword = formText(request.body?.newPassword);
    if (newPassword !== formText(request.body?.newPasswordAgain)) return showPasswordPage(request, reply, { newPasswordAgain: '两次输入的新密码不一致' });
    try {
      await changeOwnPassword(contextOf(request), { currentPassword: formText(request.body?.currentPassword), newPassword, keepSessionId: request.session.sessionId });
    } catch (error) {
      if (!isUserFormError(error)) throw error;
      return showPasswordPage(request, reply, fieldErrorsOf(error, ['currentPassword', 'newPassword'], 'newPassword'));
    }
    return reply.redirect('/admin/account/password?done=own_password', 303);
  });
}
