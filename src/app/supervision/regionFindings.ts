import type { LocalDate } from '../../domain/shared/clock.ts';
import type { AgencySupervisionRow } from '../../domain/supervision/agencySupervision.ts';
import { agencyFindings, type AgencyFindings } from '../../domain/supervision/agencyFindings.ts';
import type { AppContext } from '../context.ts';
import { refreshSupervisionSnapshots } from './refreshSupervisionSnapshots.ts';
import { resolveSupervisionRegion, type RegionSupervision } from './regionSupervision.ts';

export interface RegionFindings {
  region: RegionSupervision['region'];
  today: LocalDate;
  /** Each agency's line of the region view with what it rests on: the items' and the readiness findings. */
  agencies: (AgencySupervisionRow & { findings: AgencyFindings })[];
}

/**
 * The region monitor (`gongkai monitor REGION`, issue 11 deliverable 4): every agency's line recomputed now and
 * stored (refreshSupervisionSnapshots), each with its findings. The region check is regionSupervision's
 * (supervision.view); the findings' are agencyObligations' and agencyReadiness' (the supervisors above the agency).
 * Counts, item names, document titles and dates only: no applicant.
 */
export async function regionFindings(ctx: AppContext, regionIdOrName: string): Promise<RegionFindings> {
  const region = await resolveSupervisionRegion(ctx, regionIdOrName);
  const details = await refreshSupervisionSnapshots(ctx, region.agencyIds);
  const agencies = details
    .map(({ row, obligations, readiness }) => ({ ...row, findings: agencyFindings(obligations.items, readiness.findings) }))
    .sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'zh-CN'));
  return { region: { id: region.id, name: region.name, path: region.path }, today: ctx.clock.today(), agencies };
}
