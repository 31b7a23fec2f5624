import type { FastifyRequest } from 'fastify';
import { applicationQueue } from '../../../app/applications/applicationQueue.ts';
import { contextOf } from '../../shared/requestContext.ts';
import type { ApplicationsOnDashboard } from '../views/applications/queueBlock.tsx';
import { seesApplicationCounts } from './applicationAgencies.ts';

/** The dashboard's 依申请公开 block: the queue of the registers the user may open, and whether the counts page is open to them. */
export async function applicationsOnDashboard(request: FastifyRequest): Promise<ApplicationsOnDashboard> {
  const queue = await applicationQueue(contextOf(request));
  const overview = !request.actor.agencyId && (await seesApplicationCounts(request));
  return { queue: queue.agencies.length ? queue : null, overview };
}
