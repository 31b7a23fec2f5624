import { sql, type Kysely } from 'kysely';
import type { EngineName } from '../dialect/engine.ts';

/**
 * Indexes for 100,000 applications (issue 9 bench, docs/benchmarks.md):
 * - the register's order (open ones first, by due date, then created_at desc, id) per agency, with the
 *   filter columns after it, so a page and its count are read from the index alone and a deep page skips
 *   index entries, not rows. The expression must stay identical to REGISTER_ORDER in
 *   repositories/applicationList.repository.ts, or the engines sort again.
 * - the deadlines a calendar edit may move (settled_at is null): a few thousand of some 200,000 rows.
 * applications_agency_status (0007) goes: the register index serves its queries from the index alone, and
 * SQLite's planner, which assumes every agency has the same number of applications per status, chose it
 * for a count of one large agency's closed ones and read 8,000 rows (150 ms instead of 3 ms).
 */
export async function up(db: Kysely<any>, _engine: EngineName): Promise<void> {
  await sql`create index applications_register on applications (agency_id,
    (case when status in ('processing', 'awaitingCorrection', 'consulting', 'awaitingPayment') then 0 else 1 end),
    due_on, created_at desc, id, status, applicant_type, outcome, closed_on, tracking_no, ref, applicant_name)`.execute(db);
  await db.schema.dropIndex('applications_agency_status').execute();
  await sql`create index deadlines_unsettled on deadlines (due_date, start_date, provisional) where settled_at is null`.execute(db);
}
