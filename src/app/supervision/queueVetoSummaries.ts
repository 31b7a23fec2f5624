import { vetoSummaryText } from '../../domain/supervision/vetoSummary.ts';
import type { AppContext } from '../context.ts';
import { queueOncePerWeek } from './queueOncePerWeek.ts';
import { regionSupervision } from './regionSupervision.ts';

/** Outbox subject type of the supervisors' weekly 单项否决 list; the subject id is `userId:2026-W49`. */
export const VETO_SUMMARY = 'supervision_veto_summary';

/**
 * Once per ISO week, each region supervisor with an e-mail address gets the agencies below their region whose
 * stored line of the region view (supervision_snapshots, via regionSupervision) has a 单项否决 finding
 * (国办秘函〔2019〕19号), with the failed checks and the link to each agency's page. Nothing when none is vetoed,
 * nothing to other roles. Returns how many lists were queued.
 */
export async function queueVetoSummaries(ctx: AppContext, options: { origin?: string | null } = {}): Promise<number> {
  return queueOncePerWeek(ctx, VETO_SUMMARY, async (as) => {
    if (!as.actor.roles.includes('region_supervisor') || !as.actor.regionId) return null;
    const view = await regionSupervision(as, as.actor.regionId);
    const vetoed = view.rows.filter((row) => row.readiness.vetoed);
    if (!vetoed.length) return null;
    return vetoSummaryText({ displayName: as.actor.name, today: view.today, regionName: view.region.path.join(''), agencies: vetoed, origin: options.origin ?? null });
  });
}
