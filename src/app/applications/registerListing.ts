import { assertCan } from '../../domain/accounts/roles.ts';
import { isOverdue } from '../../domain/applications/answerClock.ts';
import type { ApplicationRecord } from '../../domain/applications/application.ts';
import type { ApplicationStatus } from '../../domain/applications/status.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import type { OutcomeKey } from '../../domain/applications/vocabulary.ts';
import { agencyScope, resolveAgency } from '../agencies/getAgency.ts';
import type { AppContext } from '../context.ts';
import { loadRegister } from './registerRecords.ts';

/** One application in a `--json` listing: the contract record plus the fields §2 adds to every listing. */
export interface ListedApplication extends ApplicationRecord {
  id: string;
  trackingNo: string;
  status: ApplicationStatus;
  dueOn: LocalDate | null;
  provisional: boolean;
  answeredOn: LocalDate | null;
  outcome: OutcomeKey | null;
  overdue: boolean;
  closedOn: LocalDate | null;
}

/**
 * The agency's register as applications-contract.md §2 lists it (`gongkai applications list
 * --json`): every received application with its ledger, its due date as it stands (kept when
 * closed; null while a correction is awaited) and whether it is overdue today. Staff of the
 * agency only: the listing carries personal data.
 */
export async function registerListing(ctx: AppContext, agencyNameOrId: string): Promise<{ agency: string; applications: ListedApplication[] }> {
  const agency = await resolveAgency(ctx.db, agencyNameOrId);
  assertCan(ctx.actor, 'application.view', await agencyScope(ctx.db, agency.id));
  const today = ctx.clock.today();
  const register = await loadRegister(ctx, agency.id);
  return {
    agency: agency.name,
    applications: register.map(({ application, record }) => ({
      id: application.id,
      trackingNo: application.trackingNo,
      ...record,
      status: application.status,
      dueOn: application.dueOn,
      provisional: application.provisional,
      answeredOn: record.events.find((e) => e.type === 'answered')?.on ?? null,
      outcome: application.outcome,
      overdue: isOverdue({ dueOn: application.dueOn, closedOn: application.closedOn }, today),
      closedOn: application.closedOn,
    })),
  };
}
