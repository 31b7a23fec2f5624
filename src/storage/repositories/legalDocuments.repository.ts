import type { Kysely } from 'kysely';
import type { LegalForm } from '../../domain/annualReport/table2.ts';
import type { DocumentContent, EndOfLife } from '../../domain/documents/document.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import type { Database } from '../schema.ts';

/** A published 规章 or 行政规范性文件 as the public record states it: what table 二 counts and the officer checks. */
export interface PublishedLegalDocument {
  documentId: string;
  title: string;
  indexNumber: string;
  legalForm: LegalForm;
  /** 成文日期 */
  formedOn: LocalDate | null;
  publishedOn: LocalDate;
  /** 废止/失效 日期 of the public record (repealDocument writes it), null while in force. */
  repealedOn: LocalDate | null;
}

/**
 * The agency's live (not withdrawn) published documents of a legal form, read from the public record, not
 * the working copy: an edit awaiting sign-off changes neither the count nor the list. `legalForm` lives only in
 * the content JSON; `JSON.stringify` writes a set value as `"legalForm":"…"` (a string inside the body would
 * have its quotes escaped), so the LIKE only narrows the rows and the parsed content decides.
 */
export async function listPublishedLegalDocuments(db: Kysely<Database>, agencyId: string): Promise<PublishedLegalDocument[]> {
  const rows = await db.selectFrom('published_documents')
    .select(['document_id', 'title', 'index_number', 'published_on', 'content_json', 'end_json'])
    .where('agency_id', '=', agencyId).where('state', '=', 'live').where('content_json', 'like', '%"legalForm":"%')
    .orderBy('published_on').orderBy('index_number')
    .execute();
  return rows.flatMap((row) => {
    const content = JSON.parse(row.content_json) as Partial<DocumentContent>;
    if (content.legalForm !== 'regulation' && content.legalForm !== 'normativeDocument') return [];
    const repeal = row.end_json ? (JSON.parse(row.end_json) as { repeal: EndOfLife | null }).repeal : null;
    const ended = content.validity !== undefined && content.validity !== 'effective';
    return [{
      documentId: row.document_id, title: row.title, indexNumber: row.index_number, legalForm: content.legalForm,
      formedOn: content.formedOn ?? null, publishedOn: row.published_on, repealedOn: ended ? (content.repealedOn ?? repeal?.on ?? null) : null,
    }];
  });
}
