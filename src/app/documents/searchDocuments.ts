import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import { VALIDITIES, VALIDITY_LABELS, type Validity } from '../../domain/documents/document.ts';
import type { PublicRecord } from '../../domain/documents/record.ts';
import { documentPath } from '../../domain/documents/internalLinks.ts';
import { htmlToText } from '../../domain/documents/sanitizeBody.ts';
import { highlightAll, snippet } from '../../domain/search/highlight.ts';
import { compareRanks, rankCandidates, type RankFields, type RankWord } from '../../domain/search/rank.ts';
import { searchIndexOf, type Hit, type SearchFilter, type SearchRequest, type SearchResult } from '../../storage/dialect/searchIndex.ts';
import { findPublicRecords } from '../../storage/repositories/publishedDocument.repository.ts';
import { queryTerms, splitWord, type QueryWord } from '../../domain/search/tokens.ts';
import { searchVocabulary } from '../search/searchVocabulary.ts';
import { filedNamesOfItem } from '../catalog/publishedCatalogNames.ts';

export interface SearchInput {
  query: string;
  agencyId?: string;
  /** Search within one catalog item, named by its permanent key (issue 12); documents filed under its former names count. */
  item?: { agencyId: string; itemKey: string };
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
  /** Query words this document does not contain (partial matches only). */
  missing: string[];
}

/**
 * Candidates ranked by relevance in TypeScript (domain/search/rank.ts): the first RANKED_CANDIDATES
 * hits in the engines' own order (title hits, then newest). Pages within them are in relevance order;
 * pages beyond them follow the engines' order. The bound keeps a query's cost flat at a million
 * documents (docs/benchmarks.md «Search»).
 */
export const RANKED_CANDIDATES = 100;

/**
 * Hits counted for a page: the hundreds up to one hundred past the page's end (200 on pages 1–10), at most
 * COUNT_CAP. A count reads the posting lists up to its last hit, to their end when there are fewer: common words
 * that are rare together cost most there (docs/benchmarks.md «Latency toward 1,000,000 documents»). When capped
 * the page says «超过 N 条» and its pager reaches one more hundred; the next pages count further.
 */
export function countUpTo(offset: number, pageSize: number): number {
  return (Math.ceil((offset + pageSize) / 100) + 1) * 100;
}

/**
 * The fields a document is ranked by: title, 文号/索引号, metadata, body, attachments. The public text is
 * summary + body + attachments' text (publishWorkingCopy.ts publicText); only a document with attachments
 * pays for converting its body to text to find where the attachments begin.
 */
export function documentRankFields(r: PublicRecord): RankFields {
  const c = r.content;
  const fields = {
    title: c.title, number: [c.documentNumber ?? '', r.indexNumber].join('\n'),
    metadata: [c.publisher, c.subjectCategory ?? '', c.genre ?? '', c.keywords.join(' ')].join('\n'), body: r.plainText, attachments: '',
  };
  if (r.attachments.length === 0) return fields;
  const body = [c.summary ?? '', htmlToText(c.bodyHtml)].filter(Boolean).join('\n');
  return r.plainText.startsWith(body) ? { ...fields, body, attachments: r.plainText.slice(body.length) } : fields;
}

/**
 * The documents that lack exactly one of the words: every word left out in turn, the rest ANDed (SearchIndex.leaveOneOut),
 * the lists taken in turns (each in the engines' order: title hits, then newest) up to RANKED_CANDIDATES. Asking for
 * documents with ANY word instead brings the newest documents holding the commonest word (医保 is in all of them) and
 * misses those that hold all but one (生孩子的费用医保能报销吗: the 生育 notice lacks only 费用).
 */
export async function allButOne(words: readonly QueryWord[], leaveOneOut: (query: QueryWord[]) => Promise<Hit[][]>): Promise<SearchResult> {
  if (words.length < 3) return { hits: [], total: 0, capped: false };
  const lists = await leaveOneOut([...words]);
  const merged = new Map<string, Hit>();
  for (let at = 0; merged.size < RANKED_CANDIDATES && lists.some((l) => at < l.length); at++) {
    for (const hit of lists.flatMap((l) => l[at] ?? [])) if (merged.size < RANKED_CANDIDATES && !merged.has(hit.documentId)) merged.set(hit.documentId, hit);
  }
  return { hits: [...merged.values()], total: merged.size, capped: false };
}

/**
 * The engines' item filter: every name the item's documents are filed under (now and before, issue 12). A key that no
 * published item has filters to no names, so it finds nothing rather than the agency's every document.
 */
async function itemFilterOf(db: Kysely<Database>, item: { agencyId: string; itemKey: string }): Promise<NonNullable<SearchFilter['item']>> {
  const names = (await filedNamesOfItem(db, item.agencyId, item.itemKey)) ?? [];
  return { agencyId: item.agencyId, names: names.map((name) => ({ level1: name.level1, level2: name.level2 ?? '' })) };
}

function rankRecords(ids: readonly string[], records: Map<string, PublicRecord>, words: readonly RankWord[], typed: string) {
  const found = ids.flatMap((id) => (records.has(id) ? [records.get(id)!] : []));
  const ranks = rankCandidates(found.map(documentRankFields), words, typed);
  // Ties keep the engines' order: newer 发布日期 first.
  return found.map((record, i) => ({ record, rank: ranks[i]! })).sort((a, b) => compareRanks(a.rank, b.rank));
}

/**
 * Site-wide or per-agency search over public documents (条例第二十四条: the platform supports
 * 检索、查阅、下载). Any query text is safe: it becomes words of plain tokens (src/domain/search/tokens.ts);
 * an empty or punctuation-only query returns no results. Every word must match (a word matches by any
 * of its synonyms); when no document has them all, the best partial matches come with the words they
 * lack (`partial`). Ordered by relevance (domain/search/rank.ts), then newest 发布日期.
 */
export async function searchDocuments(db: Kysely<Database>, input: SearchInput) {
  const pageSize = Math.min(Math.max(Math.trunc(input.pageSize ?? 10), 1), 50);
  const pageNumber = Math.min(Math.max(Math.trunc(input.page ?? 1), 1), 100);
  const { lexicon } = await searchVocabulary(db);
  const { terms, phrases, match, words } = queryTerms(String(input.query ?? ''), lexicon);
  const validity = input.validity && VALIDITIES.includes(input.validity) ? input.validity : undefined;
  const year = input.year && Number.isInteger(input.year) ? input.year : undefined;
  const item = input.item && await itemFilterOf(db, input.item);
  const offset = (pageNumber - 1) * pageSize;
  const index = searchIndexOf(db);
  const request = (mode: SearchRequest['mode'], limit: number, from: number): SearchRequest => ({
    query: match, mode, filter: { agencyId: input.agencyId, item, year, validity }, limit, offset: from, countUpTo: countUpTo(offset, pageSize),
  });
  const ranked = offset + pageSize <= RANKED_CANDIDATES;
  // No document has every word: the best partial matches (of the words, or of a lone long word's pairs).
  const partialWords = match.length > 1 ? match : match.flatMap(splitWord);
  // The partial matches of several words are the same request's words left out in turn: an engine may read them on the way.
  const leftOutIfNone = ranked && match.length > 1;
  let found = await index.search(db, ranked ? { ...request('all', RANKED_CANDIDATES, 0), leftOutIfNone } : request('all', pageSize, offset));
  let partial = false;
  if (found.total === 0 && partialWords.length > 1) {
    const { leftOut } = found;
    found = await allButOne(partialWords, async (query) => leftOut ?? index.leaveOneOut(db, { ...request('all', RANKED_CANDIDATES, 0), query }));
    if (found.total === 0) found = await index.search(db, { ...request('any', RANKED_CANDIDATES, 0), query: partialWords });
    partial = found.total > 0;
  }
  const records = await findPublicRecords(db, found.hits.map((h) => h.documentId));
  const ordered = ranked || partial
    ? rankRecords(found.hits.map((h) => h.documentId), records, partial && match.length === 1 ? partialWords : words, String(input.query ?? '')).slice(offset, offset + pageSize)
    : found.hits.flatMap((h) => (records.has(h.documentId) ? [{ record: records.get(h.documentId)!, rank: { score: h.score, missing: [] as string[] } }] : []));
  const results: SearchHitView[] = ordered.map(({ record: r, rank }) => ({
    id: r.documentId, url: documentPath(r.documentId), indexNumber: r.indexNumber, agencyId: r.agencyId, publisher: r.content.publisher,
    publishedOn: r.publishedOn, validity: r.content.validity, validityLabel: VALIDITY_LABELS[r.content.validity],
    titleHtml: highlightAll(r.content.title, phrases), snippetHtml: snippet(r.plainText, phrases, 120), score: rank.score, missing: rank.missing,
  }));
  const total = partial ? Math.min(found.total, RANKED_CANDIDATES) : found.total;
  return { query: String(input.query ?? ''), terms, words: match.map((w) => w.text), partial, results, total, capped: found.capped && !partial, page: pageNumber, pageSize };
}
