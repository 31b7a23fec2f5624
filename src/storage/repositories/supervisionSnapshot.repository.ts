import type { Kysely } from 'kysely';
import type { AgencySupervisionRow } from '../../domain/supervision/agencySupervision.ts';
import type { Database } from '../schema.ts';

/** Store (replace) one agency's line of the region view. */
export async function saveSupervisionSnapshot(db: Kysely<Database>, row: AgencySupervisionRow): Promise<void> {
  const values = {
    as_of: row.asOf,
    computed_at: row.computedAt,
    readiness_score: row.readiness.score,
    vetoed: row.readiness.vetoed ? 1 : 0,
    row_json: JSON.stringify(row),
  };
  await db
    .insertInto('supervision_snapshots')
    .values({ agency_id: row.agencyId, ...values })
    .onConflict((oc) => oc.column('agency_id').doUpdateSet(values))
    .execute();
}

/** The stored lines of these agencies (one query; chunks keep the parameter count within both engines' limits). */
export async function listSupervisionSnapshots(db: Kysely<Database>, agencyIds: readonly string[]): Promise<AgencySupervisionRow[]> {
  const rows: AgencySupervisionRow[] = [];
  for (let at = 0; at < agencyIds.length; at += 500) {
    const chunk = agencyIds.slice(at, at + 500);
    const found = await db.selectFrom('supervision_snapshots').select('row_json').where('agency_id', 'in', chunk).execute();
    for (const { row_json } of found) rows.push(JSON.parse(row_json) as AgencySupervisionRow);
  }
  return rows;
}

/** Documents of the agency published on or after `from`, per month (YYYY-MM), live ones and withdrawn alike. */
export async function documentsPerMonth(db: Kysely<Database>, agencyId: string, from: string): Promise<{ month: string; count: number; last: string }[]> {
  const rows = await db
    .selectFrom('published_documents')
    .select(['published_on'])
    .where('agency_id', '=', agencyId)
    .where('published_on', '>=', from)
    .execute();
  const byMonth = new Map<string, { count: number; last: string }>();
  for (const { published_on } of rows) {
    const month = published_on.slice(0, 7);
    const entry = byMonth.get(month) ?? { count: 0, last: published_on };
    entry.count += 1;
    if (published_on > entry.last) entry.last = published_on;
    byMonth.set(month, entry);
  }
  return [...byMonth].map(([month, { count, last }]) => ({ month, count, last }));
}

/** The newest publication date of the agency's documents, or null. */
export async function lastPublishedOn(db: Kysely<Database>, agencyId: string): Promise<string | null> {
  const row = await db.selectFrom('published_documents').select((eb) => eb.fn.max('published_on').as('last')).where('agency_id', '=', agencyId).executeTakeFirst();
  return (row?.last as string | null | undefined) ?? null;
}

/** The clock dates of an agency's applications that matter for the region view: no personal column is read. */
export interface ApplicationClockRow {
  status: string;
  received_on: string | null;
  due_on: string | null;
  closed_on: string | null;
}

/** Applications received, answered or still open since `from` (open ones whatever their age). */
export async function applicationClockRows(db: Kysely<Database>, agencyId: string, from: string): Promise<ApplicationClockRow[]> {
  return db
    .selectFrom('applications')
    .select(['status', 'received_on', 'due_on', 'closed_on'])
    .where('agency_id', '=', agencyId)
    .where((eb) => eb.or([eb('received_on', '>=', from), eb('closed_on', '>=', from), eb('closed_on', 'is', null)]))
    .execute();
}

/** Agencies whose stored line was computed at or after `instant` (the rest are due for the job). */
export async function agenciesComputedSince(db: Kysely<Database>, instant: string): Promise<string[]> {
  const rows = await db.selectFrom('supervision_snapshots').select('agency_id').where('computed_at', '>=', instant).execute();
  return rows.map((r) => r.agency_id);
}
