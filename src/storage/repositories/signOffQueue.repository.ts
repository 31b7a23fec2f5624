import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** The four workflows signed 填表人 → 复核人 → 审签人 (catalog versions, documents, 依申请公开 letters, 年报). */
export type SignOffWorkflow = 'catalogVersion' | 'document' | 'letter' | 'annualReport';

/** One item in a sign-off step (待复核, 待审签) or returned to its 填表人, in one shape for every workflow. */
export interface SignOffRow {
  workflow: SignOffWorkflow;
  id: string;
  agencyId: string;
  status: string;
  preparerId: string | null;
  reviewerId: string | null;
  /** The document's title, the letter's kind title, or null (catalog versions and reports are named by number/year). */
  title: string | null;
  /** Version number, report year, or the application's 受理编号 for a letter. */
  label: string | null;
  /** The application a letter belongs to (for its URL). */
  parentId: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  updatedAt: string | null;
}

const WAITING = ['submitted', 'reviewed', 'returned'];

/**
 * Every item of these agencies that waits for a 复核, a 审签 or its 填表人's changes: four small queries on
 * (agency_id, status). Who may act is decided by the caller (domain/supervision/workQueue.ts signOffTaskFor).
 */
export async function listSignOffWaiting(db: Kysely<Database>, agencyIds: readonly string[]): Promise<SignOffRow[]> {
  if (!agencyIds.length) return [];
  const ids = [...agencyIds];
  const [versions, documents, letters, reports] = await Promise.all([
    db.selectFrom('catalog_versions').select(['id', 'agency_id', 'status', 'number', 'submitted_by', 'reviewed_by', 'submitted_at', 'reviewed_at'])
      .where('agency_id', 'in', ids).where('status', 'in', WAITING).execute(),
    db.selectFrom('documents').select(['id', 'agency_id', 'status', 'title', 'submitted_by', 'reviewed_by', 'submitted_at', 'reviewed_at', 'updated_at'])
      .where('agency_id', 'in', ids).where('status', 'in', WAITING).execute(),
    db.selectFrom('application_letters as l').innerJoin('applications as a', 'a.id', 'l.application_id')
      .select(['l.id', 'l.agency_id', 'l.status', 'l.title', 'l.application_id', 'a.tracking_no', 'l.preparer_id', 'l.reviewer_id', 'l.prepared_at', 'l.reviewed_at', 'l.updated_at'])
      .where('l.agency_id', 'in', ids).where('l.status', 'in', WAITING).execute(),
    db.selectFrom('annual_reports').select(['id', 'agency_id', 'status', 'year', 'preparer_id', 'reviewer_id', 'prepared_at', 'reviewed_at', 'updated_at'])
      .where('agency_id', 'in', ids).where('status', 'in', WAITING).execute(),
  ]);
  return [
    ...versions.map((r): SignOffRow => ({ workflow: 'catalogVersion', id: r.id, agencyId: r.agency_id, status: r.status, preparerId: r.submitted_by, reviewerId: r.reviewed_by, title: null, label: String(r.number), parentId: null, submittedAt: r.submitted_at, reviewedAt: r.reviewed_at, updatedAt: null })),
    ...documents.map((r): SignOffRow => ({ workflow: 'document', id: r.id, agencyId: r.agency_id, status: r.status, preparerId: r.submitted_by, reviewerId: r.reviewed_by, title: r.title, label: null, parentId: null, submittedAt: r.submitted_at, reviewedAt: r.reviewed_at, updatedAt: r.updated_at })),
    ...letters.map((r): SignOffRow => ({ workflow: 'letter', id: r.id, agencyId: r.agency_id, status: r.status, preparerId: r.preparer_id, reviewerId: r.reviewer_id, title: r.title, label: r.tracking_no, parentId: r.application_id, submittedAt: r.prepared_at, reviewedAt: r.reviewed_at, updatedAt: r.updated_at })),
    ...reports.map((r): SignOffRow => ({ workflow: 'annualReport', id: r.id, agencyId: r.agency_id, status: r.status, preparerId: r.preparer_id, reviewerId: r.reviewer_id, title: null, label: String(r.year), parentId: null, submittedAt: r.prepared_at, reviewedAt: r.reviewed_at, updatedAt: r.updated_at })),
  ];
}
