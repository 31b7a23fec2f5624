import type { Kysely } from 'kysely';
import type { LegalDocumentFact, ReportCountKey } from '../../domain/annualReport/table2.ts';
import type { ReviewCaseFact, ReviewResult } from '../../domain/annualReport/table4.ts';
import type { Table4Group } from '../../domain/annualReport/format2021.ts';
import type { Database } from '../schema.ts';
import { listPublishedLegalDocuments } from './legalDocuments.repository.ts';

/**
 * Published, not withdrawn, 规章 and 行政规范性文件 of an agency (table 二, block 第二十条第（一）项), as their
 * public records state them (the 废止日期 is the one the repeal recorded).
 */
export async function listLegalDocumentFacts(db: Kysely<Database>, agencyId: string): Promise<LegalDocumentFact[]> {
  const documents = await listPublishedLegalDocuments(db, agencyId);
  return documents.map((d) => ({ legalForm: d.legalForm, issuedOn: d.formedOn ?? d.publishedOn, repealedOn: d.repealedOn }));
}

export interface StoredReportCount {
  key: ReportCountKey;
  value: number;
  source: string;
  updatedBy: string | null;
  updatedAt: string;
}

export async function listReportCounts(db: Kysely<Database>, agencyId: string, year: number): Promise<StoredReportCount[]> {
  const rows = await db.selectFrom('annual_report_counts').selectAll().where('agency_id', '=', agencyId).where('year', '=', year).execute();
  return rows.map((r) => ({ key: r.count_key as ReportCountKey, value: Number(r.value), source: r.source, updatedBy: r.updated_by, updatedAt: r.updated_at }));
}

/** The agency's 行政复议/行政诉讼 cases as table 四 counts them. */
export async function listReviewCaseFacts(db: Kysely<Database>, agencyId: string): Promise<ReviewCaseFact[]> {
  const rows = await db.selectFrom('review_cases').select(['kind', 'filed_on', 'decided_on', 'result']).where('agency_id', '=', agencyId).execute();
  return rows.map((r) => ({ kind: r.kind as Table4Group, filedOn: r.filed_on, decidedOn: r.decided_on, result: r.result as ReviewResult }));
}
