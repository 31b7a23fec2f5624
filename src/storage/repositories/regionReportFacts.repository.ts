import type { Kysely } from 'kysely';
import type { CountedApplication } from '../../domain/applications/table3.ts';
import type { ApplicantType, OutcomeKey } from '../../domain/applications/vocabulary.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import type { Database } from '../schema.ts';

/**
 * What table 三 needs of the applications of many agencies at once (the region view), received by `lastDay`:
 * four columns, nothing personal. An online submission not yet confirmed has no date of receipt and is not
 * counted (applications-contract.md §4), as in buildAnnualReport.
 */
export async function listCountedApplications(db: Kysely<Database>, agencyIds: readonly string[], lastDay: LocalDate): Promise<Map<string, CountedApplication[]>> {
  const byAgency = new Map<string, CountedApplication[]>(agencyIds.map((id) => [id, []]));
  if (agencyIds.length === 0) return byAgency;
  const rows = await db
    .selectFrom('applications')
    .select(['agency_id', 'received_on', 'applicant_type', 'closed_on', 'outcome'])
    .where('agency_id', 'in', agencyIds)
    .where('received_on', 'is not', null)
    .where('received_on', '<=', lastDay)
    .execute();
  for (const row of rows) {
    byAgency.get(row.agency_id)!.push({
      receivedOn: row.received_on!, applicantType: row.applicant_type as ApplicantType,
      closedOn: row.closed_on, outcome: row.outcome as OutcomeKey | null,
    });
  }
  return byAgency;
}
