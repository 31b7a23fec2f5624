import type { Kysely } from 'kysely';
import type { ReportCountKey } from '../../domain/annualReport/table2.ts';
import type { Database } from '../schema.ts';

export interface ReportCountRow {
  agencyId: string;
  year: number;
  key: ReportCountKey;
  value: number;
  source: string;
  updatedBy: string | null;
  updatedAt: string;
}

/** Enter or replace one table 二 figure of an agency and year (one row per agency, year and key). */
export async function saveReportCount(db: Kysely<Database>, row: ReportCountRow): Promise<void> {
  const values = { agency_id: row.agencyId, year: row.year, count_key: row.key, value: row.value, source: row.source, updated_by: row.updatedBy, updated_at: row.updatedAt };
  await db.insertInto('annual_report_counts').values(values)
    .onConflict((oc) => oc.columns(['agency_id', 'year', 'count_key']).doUpdateSet({ value: row.value, source: row.source, updated_by: row.updatedBy, updated_at: row.updatedAt }))
    .execute();
}

/** Remove a figure: table 二 shows its cell blank again. */
export async function deleteReportCount(db: Kysely<Database>, agencyId: string, year: number, key: ReportCountKey): Promise<void> {
  await db.deleteFrom('annual_report_counts').where('agency_id', '=', agencyId).where('year', '=', year).where('count_key', '=', key).execute();
}
