import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import { findPublicRecords } from '../../storage/repositories/publishedDocument.repository.ts';
import { listPublishedReportDocuments } from '../../storage/repositories/publishedAnnualReport.repository.ts';
import { publicDocumentSummary, type PublicDocumentSummary } from '../documents/listDocuments.ts';

/**
 * The 年报 an agency published through Gongkai (条例第四十九条), newest year first, as public list
 * lines: the 年报 column lists them even when the agency's catalog has no 年报 item to file them under.
 */
export async function listPublishedAnnualReports(db: Kysely<Database>, agencyId: string): Promise<PublicDocumentSummary[]> {
  const reports = await listPublishedReportDocuments(db, agencyId);
  const records = await findPublicRecords(db, reports.map((report) => report.documentId));
  return reports.flatMap((report) => {
    const record = records.get(report.documentId);
    return record ? [publicDocumentSummary(record)] : [];
  });
}
