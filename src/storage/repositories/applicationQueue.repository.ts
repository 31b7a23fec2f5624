import type { Kysely } from 'kysely';
import { OPEN_STATUSES } from '../../domain/applications/status.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import type { Database } from '../schema.ts';

export interface QueueCountRow {
  agency_id: string;
  unconfirmed: number;
  due_soon: number;
  overdue: number;
}

/**
 * Per agency, in one grouped query: applications awaiting confirmation of receipt, open ones due
 * from `today` to `dueBy`, and open ones past their due date. Counts only, nothing personal.
 */
export async function countApplicationQueue(db: Kysely<Database>, agencyIds: readonly string[], today: LocalDate, dueBy: LocalDate): Promise<QueueCountRow[]> {
  if (!agencyIds.length) return [];
  const rows = await db
    .selectFrom('applications')
    .select((eb) => [
      'agency_id',
      eb.fn.sum<number>(eb.case().when('status', '=', 'unconfirmed').then(1).else(0).end()).as('unconfirmed'),
      eb.fn.sum<number>(eb.case().when(eb.and([eb('status', 'in', OPEN_STATUSES), eb('due_on', '>=', today), eb('due_on', '<=', dueBy)])).then(1).else(0).end()).as('due_soon'),
      eb.fn.sum<number>(eb.case().when(eb.and([eb('status', 'in', OPEN_STATUSES), eb('due_on', '<', today)])).then(1).else(0).end()).as('overdue'),
    ])
    .where('agency_id', 'in', agencyIds)
    .where((eb) => eb.or([eb('status', '=', 'unconfirmed'), eb('status', 'in', OPEN_STATUSES)]))
    .groupBy('agency_id')
    .execute();
  return rows.map((r) => ({ agency_id: r.agency_id, unconfirmed: Number(r.unconfirmed), due_soon: Number(r.due_soon), overdue: Number(r.overdue) }));
}
