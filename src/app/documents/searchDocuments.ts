import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import { VALIDITIES, VALIDITY_LABELS, type Validity } from '../../domain/documents/document.ts';
import { documentPath } from '../../domain/documents/internalLinks.ts';
import { highlightAll, snippet } from '../../domain/search/highlight.ts';
import { searchIndexOf } from '../../storage/dialect/searchIndex.ts';
import { findPublicRecords } from '../../storage/repositories/publishedDocument.repository.ts';
import { queryTerms } from '../../domain/search/tokens.ts';

export interface SearchInput {
  query: string;
  agencyId?: string;
  item?: { agencyId: string; level1: string; level2?: string | null };
  year?: number;
  validity?: Validity;
  page?: number;
  pageSize?: number;
}

export interface SearchHitView {
  id: string;
  url: string;
  indexNumber: string;
  agencyId: string;
  publisher: string;
  publishedOn: string;
  validity: Validity;
  validityLabel: string;
  /** HTML: escaped title with <mark> around matches. */
  titleHtml: string;
  /** HTML: escaped excerpt of summary/body/attachments with <mark> around matches. */
  snippetHtml: string;
  score: number;
}

/**
 * Site-wide or per-agency search over public documents (条例第二十四条: the platform supports
 * 检索、查阅、下载). Any query text is safe: it becomes plain tokens (phrases for runs of 3+ Han
 * characters, src/domain/search/tokens.ts); an empty or punctuation-only query returns no results.
 * Ordered by title hits first, then newest 发布日期 (src/storage/dialect/searchContract.ts).
 */
export async function searchDocuments(db: Kysely<Database>, input: SearchInput) {
  const pageSize = Math.min(Math.max(Math.trunc(input.pageSize ?? 10), 1), 50);
  const pageNumber = Math.min(Math.max(Math.trunc(input.page ?? 1), 1), 100);
  const { terms, phrases, match } = queryTerms(String(input.query ?? ''));
  const validity = input.validity && VALIDITIES.includes(input.validity) ? input.validity : undefined;
  const year = input.year && Number.isInteger(input.year) ? input.year : undefined;
  const item = input.item && { agencyId: input.item.agencyId, level1: input.item.level1, level2: input.item.level2 ?? '' };
  const found = await searchIndexOf(db).search(db, { query: match, filter: { agencyId: input.agencyId, item, year, validity }, limit: pageSize, offset: (pageNumber - 1) * pageSize });
  const records = await findPublicRecords(db, found.hits.map((h) => h.documentId));
  const results: SearchHitView[] = found.hits.flatMap(({ documentId, score }) => {
    const r = records.get(documentId);
    if (!r) return [];
    return [{
      id: documentId, url: documentPath(documentId), indexNumber: r.indexNumber, agencyId: r.agencyId, publisher: r.content.publisher,
      publishedOn: r.publishedOn, validity: r.content.validity, validityLabel: VALIDITY_LABELS[r.content.validity],
      titleHtml: highlightAll(r.content.title, phrases), snippetHtml: snippet(r.plainText, phrases, 120), score,
    }];
  });
  return { query: String(input.query ?? ''), terms, results, total: found.total, capped: found.capped, page: pageNumber, pageSize };
}
