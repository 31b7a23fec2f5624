/** What the 年报 lifecycle (drafts, versions, sign-off) reads and writes besides annualReport.repository.ts. */
import type { Kysely, Updateable } from 'kysely';
import type { ApplicationEvent } from '../../domain/applications/application.ts';
import type { ReportSections } from '../../domain/annualReport/reportSections.ts';
import type { ReportTables } from '../../domain/annualReport/tables.ts';
import type { Database } from '../schema.ts';
import type { AnnualReportTable } from '../tables/annualReports.ts';

export interface StoredReportVersion {
  number: number;
  tables: ReportTables;
  sections: ReportSections;
  note: string | null;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: string;
}

/** The report's saved versions, newest first, with who saved each. */
export async function listReportVersions(db: Kysely<Database>, reportId: string): Promise<StoredReportVersion[]> {
  const rows = await db.selectFrom('annual_report_versions as v').leftJoin('users as u', 'u.id', 'v.created_by')
    .select(['v.number', 'v.tables_json', 'v.sections_json', 'v.note', 'v.created_by', 'v.created_at', 'u.display_name'])
    .where('v.report_id', '=', reportId).orderBy('v.number', 'desc').execute();
  return rows.map((r) => ({
    number: Number(r.number), tables: JSON.parse(r.tables_json) as ReportTables, sections: JSON.parse(r.sections_json) as ReportSections,
    note: r.note, createdBy: r.created_by, createdByName: r.display_name, createdAt: r.created_at,
  }));
}

/**
 * Writes the patch only while the report still has the status and revision the caller read, so two people
 * acting on one report at once cannot both succeed; false when someone else changed it first.
 */
export async function updateReportIfUnchanged(db: Kysely<Database>, id: string, seen: { status: string; revision: number }, patch: Updateable<AnnualReportTable>): Promise<boolean> {
  const result = await db.updateTable('annual_reports').set(patch).where('id', '=', id)
    .where('status', '=', seen.status).where('revision', '=', seen.revision).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** How many documents the agency published (live) in the year: 主动公开 in section 一. */
export async function countPublishedDocuments(db: Kysely<Database>, agencyId: string, year: number): Promise<number> {
  const row = await db.selectFrom('published_documents').select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('agency_id', '=', agencyId).where('state', '=', 'live')
    .where('published_on', '>=', `${year}-01-01`).where('published_on', '<=', `${year}-12-31`).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The fee events (收费通知, 缴费) of every application of the agency, in ledger order per application. */
export async function listFeeLedgers(db: Kysely<Database>, agencyId: string): Promise<Pick<ApplicationEvent, 'type' | 'on' | 'amount'>[][]> {
  const rows = await db.selectFrom('application_events as e').innerJoin('applications as a', 'a.id', 'e.application_id')
    .select(['e.application_id', 'e.type', 'e.on_date', 'e.data_json'])
    .where('a.agency_id', '=', agencyId).where('e.type', 'in', ['feeNotified', 'feePaid'])
    .orderBy('e.application_id').orderBy('e.seq').execute();
  const ledgers = new Map<string, Pick<ApplicationEvent, 'type' | 'on' | 'amount'>[]>();
  for (const row of rows) {
    const { amount } = JSON.parse(row.data_json) as { amount?: number };
    const event = { type: row.type as ApplicationEvent['type'], on: row.on_date, ...(amount === undefined ? {} : { amount }) };
    ledgers.set(row.application_id, [...(ledgers.get(row.application_id) ?? []), event]);
  }
  return [...ledgers.values()];
}
