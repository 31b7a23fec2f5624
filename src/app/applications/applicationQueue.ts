import { can } from '../../domain/accounts/roles.ts';
import { addWorkingDays } from '../../domain/calendar/arithmetic.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import { countApplicationQueue } from '../../storage/repositories/applicationQueue.repository.ts';
import { listAgencies } from '../../storage/repositories/agency.repository.ts';
import { allAgencyScopes } from '../agencies/agencyScopes.ts';
import { loadCalendar } from '../calendar/loadCalendar.ts';
import type { AppContext } from '../context.ts';

/** 工作台: "due soon" means due within this many working days (the reminder horizon of issue 9). */
export const DUE_SOON_WORKING_DAYS = 3;

export interface AgencyApplicationQueue {
  agencyId: string;
  agencyName: string;
  /** Online applications waiting for staff to confirm receipt (条例第三十一条第（三）项). */
  unconfirmed: number;
  /** Open, due from today to `dueSoonBy` (not yet overdue). */
  dueSoon: number;
  /** Open past their due date. */
  overdue: number;
}

export interface ApplicationQueue {
  today: LocalDate;
  dueSoonBy: LocalDate;
  agencies: AgencyApplicationQueue[];
}

/**
 * What waits for the staff of each agency whose register the actor may open (application.view):
 * counts only, for the dashboard; the register lists the applications themselves.
 */
export async function applicationQueue(ctx: AppContext): Promise<ApplicationQueue> {
  const today = ctx.clock.today();
  const dueSoonBy = addWorkingDays(await loadCalendar(ctx), today, DUE_SOON_WORKING_DAYS);
  const scopes = (await allAgencyScopes(ctx.db)).filter((s) => can(ctx.actor, 'application.view', s));
  const names = new Map((await listAgencies(ctx.db)).map((a) => [a.id, a.name]));
  const counts = new Map((await countApplicationQueue(ctx.db, scopes.map((s) => s.agencyId!), today, dueSoonBy)).map((r) => [r.agency_id, r]));
  const agencies = scopes.map((scope): AgencyApplicationQueue => {
    const row = counts.get(scope.agencyId!);
    return { agencyId: scope.agencyId!, agencyName: names.get(scope.agencyId!) ?? '', unconfirmed: row?.unconfirmed ?? 0, dueSoon: row?.due_soon ?? 0, overdue: row?.overdue ?? 0 };
  });
  agencies.sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'zh-CN'));
  return { today, dueSoonBy, agencies };
}
