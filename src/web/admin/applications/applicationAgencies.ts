import type { FastifyRequest } from 'fastify';
import { agenciesPermitted, type AgencyChoice } from '../../../app/agencies/agenciesPermitted.ts';
import type { Action } from '../../../domain/accounts/roles.ts';
import { ForbiddenError } from '../../../domain/shared/errors.ts';
import { applicationQueue } from '../../../app/applications/applicationQueue.ts';
import { contextOf } from '../../shared/requestContext.ts';
import type { ApplicationsOnDashboard } from '../views/applications/countsPages.tsx';

export type { AgencyChoice };

/** The agencies whose register the actor may open (`application.view`) or work in (`application.handle`), by name. */
export async function agenciesFor(request: FastifyRequest, action: Action): Promise<AgencyChoice[]> {
  return agenciesPermitted(contextOf(request), action);
}

/** Whether the actor sees counts somewhere (region supervisors: 条例第四十五条 keeps people from them). */
export async function seesApplicationCounts(request: FastifyRequest): Promise<boolean> {
  return (await agenciesFor(request, 'application.counts')).length > 0;
}

/**
 * The agency a register page is about: the one asked for, else the actor's own, else the first
 * the actor may open. An agency the actor may not open is refused (403), never silently swapped.
 */
export function chosenAgency(choices: readonly AgencyChoice[], asked: string | undefined, own: string | null): AgencyChoice {
  if (asked) {
    const found = choices.find((c) => c.id === asked);
    if (!found) throw new ForbiddenError('您无权查看该单位的依申请公开台账');
    return found;
  }
  const chosen = choices.find((c) => c.id === own) ?? choices[0];
  if (!chosen) throw new ForbiddenError('您无权查看依申请公开台账');
  return chosen;
}

/** The dashboard's 依申请公开 block: the queue of the registers the user may open, and whether the counts page is open to them. */
export async function applicationsOnDashboard(request: FastifyRequest): Promise<ApplicationsOnDashboard> {
  const queue = await applicationQueue(contextOf(request));
  const overview = !request.actor.agencyId && (await seesApplicationCounts(request));
  return { queue: queue.agencies.length ? queue : null, overview };
}
