import type { LocalDate } from '../../domain/shared/clock.ts';
import type { AgencySupervisionRow } from '../../domain/supervision/agencySupervision.ts';
import { agencyFindings, type AgencyFindings } from '../../domain/supervision/agencyFindings.ts';
import type { AppContext } from '../context.ts';
import { agencyObligations } from './agencyObligations.ts';
import { agencyReadiness, periodBlanksFrom } from './agencyReadiness.ts';
import { regionSupervision, type RegionSupervision } from './regionSupervision.ts';

export interface RegionFindings {
  region: RegionSupervision['region'];
  today: LocalDate;
  /** Each agency's line of the region view with what it rests on: the items' and the readiness findings. */
  agencies: (AgencySupervisionRow & { findings: AgencyFindings })[];
}

/**
 * The region monitor (`gongkai monitor REGION`, issue 11 deliverable 4): every agency's line recomputed now and
 * stored (regionSupervision with refresh), each with its findings. The region check is regionSupervision's
 * (supervision.view); the findings' are agencyObligations' and agencyReadiness' (the supervisors above the agency).
 * Counts, item names, document titles and dates only: no applicant.
 */
export async function regionFindings(ctx: AppContext, regionIdOrName: string): Promise<RegionFindings> {
  const supervision = await regionSupervision(ctx, regionIdOrName, { refresh: true });
  const agencies: RegionFindings['agencies'] = [];
  for (const row of supervision.rows) {
    const obligations = await agencyObligations(ctx, { agencyId: row.agencyId });
    const readiness = await agencyReadiness(ctx, row.agencyId, { periodBlanks: periodBlanksFrom(obligations) });
    agencies.push({ ...row, findings: agencyFindings(obligations.items, readiness.findings) });
  }
  return { region: supervision.region, today: supervision.today, agencies };
}
