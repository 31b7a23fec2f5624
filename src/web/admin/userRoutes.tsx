import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { changeUserAccess } from '../../app/accounts/changeUserAccess.ts';
import { createUser } from '../../app/accounts/createUser.ts';
import { listUsers } from '../../app/accounts/listUsers.ts';
import { getManagedUser } from '../../app/accounts/managedUser.ts';
import { resetUserPassword } from '../../app/accounts/resetUserPassword.ts';
import { setUserEmail } from '../../app/accounts/setUserEmail.ts';
import { setUserEnabled } from '../../app/accounts/setUserEnabled.ts';
import { listRegionTree } from '../../app/agencies/listRegionTree.ts';
import type { Role } from '../../domain/accounts/roles.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { fieldErrorsOf, formList, formText, isUserFormError } from './userFormErrors.ts';
import { agencyNames, assignableChoices, presentUserRow, USER_NOTICES } from './userPresenters.ts';
import { UserEditPage } from './views/userEditPage.tsx';
import { UsersPage, type NewUserValues } from './views/usersPage.tsx';

type Form = { Body: Record<string, unknown> | undefined };
type UserParams = { Params: { userId: string } };
type PageState = { errors?: Record<string, string>; status?: number; email?: string };

const EMPTY_USER: NewUserValues = { username: '', displayName: '', email: '', roles: [], agencyId: '', regionId: '' };
const noticeOf = (request: FastifyRequest) => USER_NOTICES[formText((request.query as { done?: unknown }).done)] ?? null;

/** The list: all accounts for a system admin, their own agency's for an agency admin (listUsers refuses anyone else). */
async function showUsers(request: FastifyRequest, reply: FastifyReply, values: NewUserValues, state: PageState = {}) {
  const actor = request.actor;
  const roots = await listRegionTree(request.server.gongkai.engine.db);
  const systemAdmin = actor.roles.includes('system_admin');
  const users = await listUsers(contextOf(request), { agencyId: systemAdmin ? undefined : (actor.agencyId ?? undefined) });
  const names = agencyNames(roots);
  const title = systemAdmin ? '用户管理' : `用户管理（${names.get(actor.agencyId ?? '') ?? '本单位'}）`;
  const page = (
    <UsersPage
      viewer={staffViewerOf(request, reply)}
      title={title}
      users={users.map((user) => presentUserRow(user, names))}
      choices={assignableChoices(actor, roots)}
      values={values}
      errors={state.errors ?? {}}
      notice={state.errors ? null : noticeOf(request)}
    />
  );
  return sendPage(reply, page, state.status ?? 200);
}

async function showUser(request: FastifyRequest<UserParams>, reply: FastifyReply, state: PageState & { access?: { roles: string[]; agencyId: string } } = {}) {
  const user = await getManagedUser(contextOf(request), request.params.userId);
  const roots = await listRegionTree(request.server.gongkai.engine.db);
  const page = (
    <UserEditPage
      viewer={staffViewerOf(request, reply)}
      user={presentUserRow({ ...user, lastLoginAt: null }, agencyNames(roots))}
      isSelf={user.id === request.actor.id}
      choices={assignableChoices(request.actor, roots)}
      access={state.access ?? { roles: user.roles, agencyId: user.agencyId ?? '' }}
      email={state.email ?? user.email ?? ''}
      errors={state.errors ?? {}}
      notice={state.errors ? null : noticeOf(request)}
    />
  );
  return sendPage(reply, page, state.status ?? 200);
}

/** 用户管理 for system admins and agency admins; every change goes through a use case that checks and audits it. */
export function registerUserRoutes(app: FastifyInstance): void {
  app.get('/users', async (request, reply) => showUsers(request, reply, EMPTY_USER));

  app.post<Form>('/users', async (request, reply) => {
    const body = request.body ?? {};
    const values: NewUserValues = {
      username: formText(body.username).trim(), displayName: formText(body.displayName).trim(), email: formText(body.email).trim(),
      roles: formList(body.roles), agencyId: formText(body.agencyId), regionId: formText(body.regionId),
    };
    try {
      await createUser(contextOf(request), {
        username: values.username, displayName: values.displayName, password: formText(body.password),
        roles: values.roles as Role[], agencyId: values.agencyId || null, regionId: values.regionId || null, email: values.email,
      });
    } catch (error) {
      if (!isUserFormError(error)) throw error;
      const errors = fieldErrorsOf(error, ['username', 'displayName', 'email', 'roles', 'agencyId', 'regionId', 'password'], 'form');
      return showUsers(request, reply, values, { errors, status: 400 });
    }
    return reply.redirect('/admin/users?done=created', 303);
  });

  app.get<UserParams>('/users/:userId', async (request, reply) => showUser(request, reply));

  app.post<UserParams & Form>('/users/:userId/access', async (request, reply) => {
    const access = { roles: formList(request.body?.roles), agencyId: formText(request.body?.agencyId) };
    try {
      await changeUserAccess(contextOf(request), { userId: request.params.userId, roles: access.roles as Role[], agencyId: access.agencyId || null });
    } catch (error) {
      if (!isUserFormError(error)) throw error;
      return showUser(request, reply, { access, errors: fieldErrorsOf(error, ['roles', 'agencyId'], 'access'), status: 400 });
    }
    return reply.redirect(`/admin/users/${request.params.userId}?done=access`, 303);
  });

  app.post<UserParams & Form>('/users/:userId/email', async (request, reply) => {
    const email = formText(request.body?.email);
    try {
      await setUserEmail(contextOf(request), { userId: request.params.userId, email });
    } catch (error) {
      if (!isUserFormError(error)) throw error;
      return showUser(request, reply, { email, errors: fieldErrorsOf(error, ['email'], 'email'), status: 400 });
    }
    return reply.redirect(`/admin/users/${request.params.userId}?done=email`, 303);
  });

  app.post<UserParams & Form>('/users/:userId/status', async (request, reply) => {
    const enabled = formText(request.body?.enabled) === '1';
    await setUserEnabled(contextOf(request), { userId: request.params.userId, enabled });
    return reply.redirect(`/admin/users/${request.params.userId}?done=${enabled ? 'enabled' : 'disabled'}`, 303);
  });

  app.post<UserParams & Form>('/users/:userId/password', async (request, reply) => {
    const password = formText(request.body?.password);
    if (password !== formText(request.body?.passwordAgain)) {
      return showUser(request, reply, { errors: { passwordAgain: '两次输入的密码不一致' }, status: 400 });
    }
    try {
      await resetUserPassword(contextOf(request), { userId: request.params.userId, password });
    } catch (error) {
      if (!isUserFormError(error)) throw error;
      return showUser(request, reply, { errors: fieldErrorsOf(error, ['password'], 'password'), status: 400 });
    }
    return reply.redirect(`/admin/users/${request.params.userId}?done=password`, 303);
  });
}
