import { assertCan } from '../../domain/accounts/roles.ts';
import { isOverdue } from '../../domain/applications/answerClock.ts';
import { isApplicationStatus, type ApplicationStatus } from '../../domain/applications/status.ts';
import type { StoredApplication } from '../../domain/applications/stored.ts';
import { isApplicantType, isOutcomeKey, type ApplicantType, type OutcomeKey } from '../../domain/applications/vocabulary.ts';
import { addWorkingDays } from '../../domain/calendar/arithmetic.ts';
import { listApplicationPage, type ApplicationFilter } from '../../storage/repositories/applicationList.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import { loadCalendar } from '../calendar/loadCalendar.ts';
import type { AppContext } from '../context.ts';

/** The register's filters as people set them (query string or CLI), all optional. */
export interface RegisterQuery {
  status?: string;
  /** Open applications due within N working days from today. */
  dueWithin?: number;
  overdue?: boolean;
  applicantType?: string;
  outcome?: string;
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface RegisterRow extends StoredApplication {
  overdue: boolean;
}

/**
 * The agency's 台账 (条例第四十五条): staff of that agency only. Filters by stage, due within N
 * working days, overdue, applicant type and outcome; search by tracking number, 台账编号 or name.
 */
export async function listApplications(ctx: AppContext, agencyId: string, query: RegisterQuery = {}) {
  assertCan(ctx.actor, 'application.view', await agencyScope(ctx.db, agencyId));
  const today = ctx.clock.today();
  const filter: ApplicationFilter = { agencyIds: [agencyId] };
  if (query.status && isApplicationStatus(query.status)) filter.statuses = [query.status as ApplicationStatus];
  if (query.status === 'open') filter.statuses = ['processing', 'awaitingCorrection', 'consulting', 'awaitingPayment'];
  if (query.dueWithin !== undefined && Number.isInteger(query.dueWithin) && query.dueWithin >= 0 && query.dueWithin <= 60) {
    filter.dueBy = addWorkingDays(await loadCalendar(ctx), today, query.dueWithin);
  }
  if (query.overdue) filter.overdueAsOf = today;
  if (query.applicantType && isApplicantType(query.applicantType)) filter.applicantType = query.applicantType as ApplicantType;
  if (query.outcome && isOutcomeKey(query.outcome)) filter.outcome = query.outcome as OutcomeKey;
  if (query.q?.trim()) filter.query = query.q.trim().slice(0, 100);
  const pageSize = Math.min(Math.max(query.pageSize ?? 50, 1), 500);
  const page = Math.max(query.page ?? 1, 1);
  const { rows, total } = await listApplicationPage(ctx.db, filter, { limit: pageSize, offset: (page - 1) * pageSize });
  return {
    rows: rows.map((a): RegisterRow => ({ ...a, overdue: isOverdue({ dueOn: a.dueOn, closedOn: a.closedOn }, today) })),
    total,
    page,
    pageSize,
    today,
  };
}

