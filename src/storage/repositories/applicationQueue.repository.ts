import { sql, type Kysely } from 'kysely';
import type { LocalDate } from '../../domain/shared/clock.ts';
import type { Database } from '../schema.ts';
import { OPEN_FIRST } from './applicationList.repository.ts';

export interface QueueCountRow {
  agency_id: string;
  unconfirmed: number;
  due_soon: number;
  overdue: number;
}

/**
 * Per agency: applications awaiting confirmation of receipt, open ones due from `today` to `dueBy`, and open ones
 * past their due date. Counts only, nothing personal. Two grouped queries that each read only the index entries
 * they count, whatever the number of agencies: the open ones by the expression of index applications_register
 * (OPEN_FIRST = 0, written literally so both engines use it), the unconfirmed ones by applications_agency_received
 * (an unconfirmed application has no 收到日期 yet: confirmReceipt refuses one that has).
 */
export async function countApplicationQueue(db: Kysely<Database>, agencyIds: readonly string[], today: LocalDate, dueBy: LocalDate): Promise<QueueCountRow[]> {
  if (!agencyIds.length) return [];
  const open = await db
    .selectFrom('applications')
    .select((eb) => [
      'agency_id',
      eb.fn.sum<number>(eb.case().when(eb.and([eb('due_on', '>=', today), eb('due_on', '<=', dueBy)])).then(1).else(0).end()).as('due_soon'),
      eb.fn.sum<number>(eb.case().when('due_on', '<', today).then(1).else(0).end()).as('overdue'),
    ])
    .where('agency_id', 'in', agencyIds)
    .where(OPEN_FIRST, '=', sql.lit(0))
    .groupBy('agency_id')
    .execute();
  const unconfirmed = await db
    .selectFrom('applications')
    .select((eb) => ['agency_id', eb.fn.countAll<number>().as('unconfirmed')])
    .where('agency_id', 'in', agencyIds)
    .where('received_on', 'is', null)
    .where('status', '=', 'unconfirmed')
    .groupBy('agency_id')
    .execute();
  const rows = new Map<string, QueueCountRow>();
  const rowOf = (agencyId: string) => rows.get(agencyId) ?? rows.set(agencyId, { agency_id: agencyId, unconfirmed: 0, due_soon: 0, overdue: 0 }).get(agencyId)!;
  for (const r of open) Object.assign(rowOf(r.agency_id), { due_soon: Number(r.due_soon), overdue: Number(r.overdue) });
  for (const r of unconfirmed) rowOf(r.agency_id).unconfirmed = Number(r.unconfirmed);
  return [...rows.values()];
}
