import { can } from '../../domain/accounts/roles.ts';
import { OPEN_STATUSES, type ApplicationStatus } from '../../domain/applications/status.ts';
import { countApplicationsByStatus, countOverdueByAgency } from '../../storage/repositories/applicationList.repository.ts';
import { listAgencies } from '../../storage/repositories/agency.repository.ts';
import { allAgencyScopes } from '../agencies/agencyScopes.ts';
import type { AppContext } from '../context.ts';

export interface AgencyApplicationCounts {
  agencyId: string;
  agencyName: string;
  unconfirmed: number;
  open: number;
  closed: number;
  /** Open past their due date today, or answered after it. */
  overdue: number;
  total: number;
}

/**
 * Counts per agency for everyone allowed `application.counts` (a region supervisor sees every
 * agency below the region; agency staff their own) — never names, never requests.
 */
export async function applicationCounts(ctx: AppContext): Promise<AgencyApplicationCounts[]> {
  const scopes = (await allAgencyScopes(ctx.db)).filter((s) => can(ctx.actor, 'application.counts', s));
  const ids = scopes.map((s) => s.agencyId!);
  const names = new Map((await listAgencies(ctx.db)).map((a) => [a.id, a.name]));
  const byAgency = new Map<string, AgencyApplicationCounts>(ids.map((id) => [id, { agencyId: id, agencyName: names.get(id) ?? '', unconfirmed: 0, open: 0, closed: 0, overdue: 0, total: 0 }]));
  for (const row of await countApplicationsByStatus(ctx.db, ids)) {
    const counts = byAgency.get(row.agency_id)!;
    const n = Number(row.n);
    const status = row.status as ApplicationStatus;
    counts.total += n;
    if (status === 'unconfirmed') counts.unconfirmed += n;
    else if (OPEN_STATUSES.includes(status)) counts.open += n;
    else counts.closed += n;
  }
  for (const row of await countOverdueByAgency(ctx.db, ids, ctx.clock.today())) byAgency.get(row.agency_id)!.overdue = Number(row.n);
  return [...byAgency.values()].sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'zh-CN'));
}
