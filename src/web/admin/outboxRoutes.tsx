import type { FastifyInstance } from 'fastify';
import { listOutbox } from '../../app/operations/listOutbox.ts';
import { resendOutboxMessage } from '../../app/operations/resendOutboxMessage.ts';
import { channelSetup } from '../../app/operations/senders/configuredSenders.ts';
import { appConfig } from '../../config/config.ts';
import { agenciesPermitted } from '../../app/agencies/agenciesPermitted.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { OUTBOX_NOTICES, presentOutboxMessage, statusFilter } from './outboxPresenters.ts';
import { OutboxPage } from './views/outboxPage.tsx';

const PAGE_SIZE = 50;

/** 发件箱: system admins see every message, an agency's admin that agency's (listOutbox and resendOutboxMessage enforce it: 403). */
export function registerOutboxRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { status?: string; page?: string; done?: string } }>('/outbox', async (request, reply) => {
    const status = statusFilter(request.query.status);
    const page = Math.max(1, Number.parseInt(request.query.page ?? '1', 10) || 1);
    const { messages, total } = await listOutbox(contextOf(request), { status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const setup = channelSetup(appConfig());
    const agencyNames = new Map((await agenciesPermitted(contextOf(request), 'agency.manage')).map((agency) => [agency.id, agency.name]));
    return sendPage(
      reply,
      <OutboxPage
        viewer={staffViewerOf(request, reply)}
        messages={messages.map((m) => presentOutboxMessage(m, setup, agencyNames))}
        setup={setup}
        status={status ?? ''}
        total={total}
        page={page}
        pageSize={PAGE_SIZE}
        notice={OUTBOX_NOTICES[request.query.done ?? ''] ?? null}
      />,
    );
  });

  app.post<{ Params: { messageId: string } }>('/outbox/:messageId/resend', async (request, reply) => {
    await resendOutboxMessage(contextOf(request), request.params.messageId);
    return reply.redirect('/admin/outbox?done=resent', 303);
  });
}
