import type { Kysely, Selectable, Updateable } from 'kysely';
import type { ReportSections } from '../../domain/annualReport/reportSections.ts';
import type { Finding, FormatVersion, ReportTables } from '../../domain/annualReport/tables.ts';
import type { Database } from '../schema.ts';
import type { AnnualReportTable } from '../tables/annualReports.ts';

/** A stored 年报 (migration 0011): computed by Gongkai or imported from a published file. */
export interface StoredAnnualReport {
  id: string;
  agencyId: string;
  year: number;
  format: FormatVersion;
  origin: 'computed' | 'imported';
  status: string;
  revision: number;
  tables: ReportTables;
  sections: ReportSections;
  findings: Finding[] | null;
  sourceName: string | null;
  returnComment: string | null;
  preparerId: string | null;
  preparedAt: string | null;
  reviewerId: string | null;
  reviewedAt: string | null;
  approverId: string | null;
  approvedAt: string | null;
  publishedDocumentId: string | null;
  publishedOn: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

function toStored(row: Selectable<AnnualReportTable>): StoredAnnualReport {
  return {
    id: row.id, agencyId: row.agency_id, year: Number(row.year), format: row.format as FormatVersion,
    origin: row.origin as StoredAnnualReport['origin'], status: row.status, revision: Number(row.revision),
    tables: JSON.parse(row.tables_json) as ReportTables, sections: JSON.parse(row.sections_json) as ReportSections,
    findings: row.findings_json ? (JSON.parse(row.findings_json) as Finding[]) : null,
    sourceName: row.source_name, returnComment: row.return_comment,
    preparerId: row.preparer_id, preparedAt: row.prepared_at, reviewerId: row.reviewer_id, reviewedAt: row.reviewed_at,
    approverId: row.approver_id, approvedAt: row.approved_at,
    publishedDocumentId: row.published_document_id, publishedOn: row.published_on,
    createdBy: row.created_by, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

export type NewAnnualReport = Pick<StoredAnnualReport, 'id' | 'agencyId' | 'year' | 'format' | 'origin' | 'status' | 'tables' | 'sections' | 'createdBy' | 'createdAt'>
  & Partial<Pick<StoredAnnualReport, 'findings' | 'sourceName' | 'publishedOn'>>;

/** Inserts the report as revision 1 and stores that revision in annual_report_versions. */
export async function insertAnnualReport(db: Kysely<Database>, report: NewAnnualReport, note: string | null = null): Promise<void> {
  await db.insertInto('annual_reports').values({
    id: report.id, agency_id: report.agencyId, year: report.year, format: report.format, origin: report.origin,
    status: report.status, revision: 1, tables_json: JSON.stringify(report.tables), sections_json: JSON.stringify(report.sections),
    findings_json: report.findings ? JSON.stringify(report.findings) : null, source_name: report.sourceName ?? null,
    published_on: report.publishedOn ?? null, created_by: report.createdBy, created_at: report.createdAt, updated_at: report.createdAt,
  }).execute();
  await insertReportVersion(db, { reportId: report.id, number: 1, tables: report.tables, sections: report.sections, note, createdBy: report.createdBy, createdAt: report.createdAt });
}

export async function insertReportVersion(db: Kysely<Database>, v: { reportId: string; number: number; tables: ReportTables; sections: ReportSections; note: string | null; createdBy: string | null; createdAt: string }): Promise<void> {
  await db.insertInto('annual_report_versions').values({
    report_id: v.reportId, number: v.number, tables_json: JSON.stringify(v.tables), sections_json: JSON.stringify(v.sections),
    note: v.note, created_by: v.createdBy, created_at: v.createdAt,
  }).execute();
}

export async function updateAnnualReportRow(db: Kysely<Database>, id: string, patch: Updateable<AnnualReportTable>): Promise<void> {
  await db.updateTable('annual_reports').set(patch).where('id', '=', id).execute();
}

export async function findAnnualReport(db: Kysely<Database>, id: string): Promise<StoredAnnualReport | null> {
  const row = await db.selectFrom('annual_reports').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toStored(row) : null;
}

export async function findAnnualReportFor(db: Kysely<Database>, agencyId: string, year: number): Promise<StoredAnnualReport | null> {
  const row = await db.selectFrom('annual_reports').selectAll().where('agency_id', '=', agencyId).where('year', '=', year).executeTakeFirst();
  return row ? toStored(row) : null;
}

/** The id and publication date of each of these agencies' reports of `year`, without the tables (the work queue's 年报 lines). */
export async function listReportPublications(db: Kysely<Database>, agencyIds: readonly string[], year: number): Promise<{ id: string; agencyId: string; publishedOn: string | null }[]> {
  if (agencyIds.length === 0) return [];
  const rows = await db.selectFrom('annual_reports').select(['id', 'agency_id', 'published_on']).where('agency_id', 'in', agencyIds).where('year', '=', year).execute();
  return rows.map((r) => ({ id: r.id, agencyId: r.agency_id, publishedOn: r.published_on }));
}

/** Reports of the given agencies, newest year first (a year filter when given). */
export async function listAnnualReports(db: Kysely<Database>, agencyIds: readonly string[], year?: number): Promise<StoredAnnualReport[]> {
  if (agencyIds.length === 0) return [];
  let query = db.selectFrom('annual_reports').selectAll().where('agency_id', 'in', agencyIds);
  if (year !== undefined) query = query.where('year', '=', year);
  const rows = await query.orderBy('year', 'desc').orderBy('agency_id').execute();
  return rows.map(toStored);
}
