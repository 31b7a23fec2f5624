import { sql, type Kysely } from 'kysely';
import type { ApplicationStatus } from '../../domain/applications/status.ts';
import type { StoredApplication } from '../../domain/applications/stored.ts';
import type { ApplicantType, OutcomeKey } from '../../domain/applications/vocabulary.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import type { Database } from '../schema.ts';
import { toStoredApplication } from './application.repository.ts';

const OPEN: readonly ApplicationStatus[] = ['processing', 'awaitingCorrection', 'consulting', 'awaitingPayment'];
/** Open ones first: the same expression as the index applications_register (migration 0010), literally, so the engines read the order from it. */
export const OPEN_FIRST = sql.raw(`case when status in (${OPEN.map((s) => `'${s}'`).join(', ')}) then 0 else 1 end`);

export interface ApplicationFilter {
  agencyIds: readonly string[];
  statuses?: readonly ApplicationStatus[];
  /** Open applications due on or before this date. */
  dueBy?: LocalDate;
  /** Open past `today`, or closed after their due date. */
  overdueAsOf?: LocalDate;
  applicantType?: ApplicantType;
  outcome?: OutcomeKey;
  /** Tracking number or 台账编号 (exact), or part of the applicant's name. */
  query?: string;
  receivedFrom?: LocalDate;
  receivedTo?: LocalDate;
  handlerId?: string;
}

function filtered(db: Kysely<Database>, f: ApplicationFilter) {
  let q = db.selectFrom('applications').where('agency_id', 'in', f.agencyIds.length ? f.agencyIds : ['-']);
  if (f.statuses?.length) q = q.where('status', 'in', f.statuses);
  // Open ones as the index states it (status in OPEN), so the engines seek to them instead of reading the agency's whole register.
  if (f.dueBy) q = q.where(OPEN_FIRST, '=', sql.lit(0)).where('due_on', '<=', f.dueBy);
  if (f.overdueAsOf) {
    const today = f.overdueAsOf;
    q = q.where((eb) => eb.or([
      eb.and([eb('status', 'in', OPEN), eb('due_on', '<', today)]),
      eb.and([eb('closed_on', 'is not', null), eb('due_on', 'is not', null), eb('closed_on', '>', eb.ref('due_on'))]),
    ]));
  }
  if (f.applicantType) q = q.where('applicant_type', '=', f.applicantType);
  if (f.outcome) q = q.where('outcome', '=', f.outcome);
  if (f.receivedFrom) q = q.where('received_on', '>=', f.receivedFrom);
  if (f.receivedTo) q = q.where('received_on', '<=', f.receivedTo);
  if (f.handlerId) q = q.where('handler_id', '=', f.handlerId);
  const text = f.query?.trim();
  if (text) {
    const like = `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('tracking_no', '=', text), eb('ref', '=', text), eb('applicant_name', 'like', like)]));
  }
  return q;
}

/**
 * One page of the register, open ones by due date first, then the rest by due date, newest first
 * within a day. The page's ids come from the index alone (applications_register), then their rows.
 */
export async function listApplicationPage(db: Kysely<Database>, f: ApplicationFilter, page: { limit: number; offset: number }): Promise<{ rows: StoredApplication[]; total: number }> {
  const [ids, count] = await Promise.all([
    filtered(db, f)
      .select('id')
      .orderBy(OPEN_FIRST)
      .orderBy('due_on')
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const rows = ids.length ? await db.selectFrom('applications').selectAll().where('id', 'in', ids.map((r) => r.id)).execute() : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return { rows: ids.flatMap(({ id }) => (byId.has(id) ? [toStoredApplication(byId.get(id)!)] : [])), total: Number(count.n) };
}

/** Every application of the agencies (exports, annual report), oldest first. */
export async function listAllApplications(db: Kysely<Database>, agencyIds: readonly string[]): Promise<StoredApplication[]> {
  if (!agencyIds.length) return [];
  const rows = await db.selectFrom('applications').selectAll().where('agency_id', 'in', agencyIds).orderBy('received_on').orderBy('created_at').execute();
  return rows.map(toStoredApplication);
}

/** Counts per agency and status, nothing personal (region supervisors). */
export async function countApplicationsByStatus(db: Kysely<Database>, agencyIds: readonly string[]) {
  if (!agencyIds.length) return [];
  return db
    .selectFrom('applications')
    .select(['agency_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('agency_id', 'in', agencyIds)
    .groupBy(['agency_id', 'status'])
    .execute();
}

/** Overdue applications per agency on `today` (open past due, or answered late). */
export async function countOverdueByAgency(db: Kysely<Database>, agencyIds: readonly string[], today: LocalDate) {
  if (!agencyIds.length) return [];
  return filtered(db, { agencyIds, overdueAsOf: today })
    .select(['agency_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('agency_id')
    .execute();
}

/** Open applications due by `horizon` and online ones still unconfirmed, for the staff reminders: no personal columns. */
export async function listApplicationsNeedingAttention(db: Kysely<Database>, horizon: LocalDate) {
  return db
    .selectFrom('applications')
    .select(['id', 'agency_id', 'tracking_no', 'status', 'due_on', 'submitted_at'])
    .where((eb) => eb.or([eb.and([eb('status', 'in', OPEN), eb('due_on', '<=', horizon)]), eb('status', '=', 'unconfirmed')]))
    .orderBy('agency_id')
    .orderBy('due_on')
    .execute();
}
