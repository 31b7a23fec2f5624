import type { Kysely, Selectable } from 'kysely';
import type { Table4Group } from '../../domain/annualReport/format2021.ts';
import type { ReviewResult } from '../../domain/annualReport/table4.ts';
import type { Database } from '../schema.ts';
import type { ReviewCaseTable } from '../tables/annualReports.ts';

/** A stored 行政复议/行政诉讼 case; the linked application is named by its 受理编号 only, never by its applicant. */
export interface StoredReviewCase {
  id: string;
  agencyId: string;
  kind: Table4Group;
  caseNumber: string | null;
  filedOn: string;
  decidedOn: string | null;
  result: ReviewResult;
  body: string | null;
  applicationId: string | null;
  applicationTrackingNo: string | null;
  summary: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export type ReviewCaseColumns = Pick<ReviewCaseTable, 'kind' | 'case_number' | 'filed_on' | 'decided_on' | 'result' | 'body' | 'application_id' | 'summary'>;

const toStored = (row: Selectable<ReviewCaseTable> & { tracking_no: string | null }): StoredReviewCase => ({
  id: row.id, agencyId: row.agency_id, kind: row.kind as Table4Group, caseNumber: row.case_number, filedOn: row.filed_on,
  decidedOn: row.decided_on, result: row.result as ReviewResult, body: row.body, applicationId: row.application_id,
  applicationTrackingNo: row.tracking_no, summary: row.summary, createdBy: row.created_by, createdAt: row.created_at, updatedAt: row.updated_at,
});

const withTrackingNo = (db: Kysely<Database>) =>
  db.selectFrom('review_cases as r').leftJoin('applications as a', 'a.id', 'r.application_id').selectAll('r').select('a.tracking_no');

export async function insertReviewCase(db: Kysely<Database>, row: ReviewCaseColumns & { id: string; agency_id: string; created_by: string | null; created_at: string }): Promise<void> {
  await db.insertInto('review_cases').values({ ...row, updated_at: row.created_at }).execute();
}

export async function updateReviewCaseRow(db: Kysely<Database>, id: string, columns: ReviewCaseColumns, at: string): Promise<void> {
  await db.updateTable('review_cases').set({ ...columns, updated_at: at }).where('id', '=', id).execute();
}

export async function findReviewCase(db: Kysely<Database>, id: string): Promise<StoredReviewCase | null> {
  const row = await withTrackingNo(db).where('r.id', '=', id).executeTakeFirst();
  return row ? toStored(row) : null;
}

export interface ReviewCaseQuery {
  agencyId: string;
  /** Filed in this year. */
  year?: number;
  kind?: Table4Group;
  result?: ReviewResult;
  applicationId?: string;
}

/** An agency's cases, newest filing first. */
export async function listReviewCaseRows(db: Kysely<Database>, query: ReviewCaseQuery): Promise<StoredReviewCase[]> {
  let select = withTrackingNo(db).where('r.agency_id', '=', query.agencyId);
  if (query.year) select = select.where('r.filed_on', '>=', `${query.year}-01-01`).where('r.filed_on', '<=', `${query.year}-12-31`);
  if (query.kind) select = select.where('r.kind', '=', query.kind);
  if (query.result) select = select.where('r.result', '=', query.result);
  if (query.applicationId) select = select.where('r.application_id', '=', query.applicationId);
  const rows = await select.orderBy('r.filed_on', 'desc').orderBy('r.created_at', 'desc').orderBy('r.id').execute();
  return rows.map(toStored);
}
