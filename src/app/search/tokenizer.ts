import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { indexTokens, queryTerms, type SearchQuery } from '../../domain/search/tokens.ts';

/**
 * The one Chinese tokenizer of Gongkai, used for indexing and for queries on both engines:
 * jieba (native, @node-rs/jieba 2.0.2 pinned: 2.0.3 breaks `npm ci`) in search mode, plus the
 * CJK bigrams of src/domain/search/tokens.ts. The dictionary loads once, on first use.
 */
let jieba: Jieba | undefined;

export function jiebaSegmenter(text: string): string[] {
  jieba ??= Jieba.withDict(dict);
  return jieba.cutForSearch(text, true);
}

/** Longest text indexed per document; the rest of a huge attachment is not searchable. */
export const MAX_INDEXED_CHARS = 200_000;

/** The tokens of a text, for an index. */
export function tokenizeForIndex(text: string): string[] {
  return indexTokens(text.slice(0, MAX_INDEXED_CHARS), jiebaSegmenter);
}

/** The token string an engine stores (space-separated; no token contains a space). */
export function indexTokenString(text: string): string {
  return tokenizeForIndex(text).join(' ');
}

/** A user's query as AND terms and highlight phrases. */
export function tokenizeQuery(query: string): SearchQuery {
  return queryTerms(query);
}
