import { documentTokens, queryTerms, type DocumentTokens, type SearchQuery } from '../../domain/search/tokens.ts';

/**
 * The one tokenizer of Gongkai, for indexing and for queries on both engines: CJK bigrams
 * and latin words (src/domain/search/tokens.ts). It is pure: no dictionary is needed,
 * because queries are matched as bigram phrases, so a segmenter's words would never be
 * looked up (they only made the index larger: docs/benchmarks.md, Search).
 */
export { MAX_INDEXED_CHARS } from '../../domain/search/tokens.ts';

/** The tokens of a document's title and searchable text, for an index. */
export function tokenizeForIndex(title: string, text: string): DocumentTokens {
  return documentTokens(title, text);
}

/** A user's query as ANDed phrases, display terms and highlight phrases. */
export function tokenizeQuery(query: string): SearchQuery {
  return queryTerms(query);
}
