import { bigrams, normalizeText, textRuns } from './normalize.ts';

/**
 * The Chinese search tokens (docs/ARCHITECTURE.md, Search): a word segmenter's tokens
 * (jieba cutForSearch, supplied by the caller because it is a native module) plus the
 * CJK bigrams of every Han run, so that 2-character words (医保, 报销, 公示) and names no
 * dictionary knows still match. Latin words and numbers are tokens as they are.
 * Both engines index the same token string and get the same query terms.
 */
export type Segmenter = (text: string) => string[];

/** Longest latin/number token kept; longer runs (hashes, base64) are cut. */
const MAX_WORD = 40;
const HAN_ONLY = /^\p{Script=Han}+$/u;

/** Tokens to index for a text, duplicates kept (term frequency matters for ranking). */
export function indexTokens(text: string, segment: Segmenter): string[] {
  const normalized = normalizeText(text);
  const tokens: string[] = [];
  for (const run of textRuns(normalized)) {
    if (run.kind === 'word') tokens.push(run.text.slice(0, MAX_WORD));
    else tokens.push(...bigrams(run.text));
  }
  for (const word of segment(normalized)) {
    // Two-character words are already bigrams; single characters and longer words add to the index.
    if (word.length !== 2 && HAN_ONLY.test(word)) tokens.push(word);
  }
  return tokens;
}

export interface SearchQuery {
  /** Terms every hit must contain (AND), each a plain token: no engine syntax can be in them. */
  terms: string[];
  /** The query's runs as typed (normalised), for highlighting whole phrases. */
  phrases: string[];
}

/** At most this many terms reach the engine; a 500-character query is cut, not refused. */
export const MAX_QUERY_TERMS = 32;

/**
 * The terms of a user's query: the bigrams of each Han run (the run itself when it is one
 * character), and latin words. Using bigrams for queries keeps hits independent of how the
 * segmenter cut the document; the segmenter's longer words only add to indexed text.
 */
export function queryTerms(query: string): SearchQuery {
  const runs = textRuns(normalizeText(query.slice(0, 1000)));
  const terms = new Set<string>();
  for (const run of runs) {
    for (const term of run.kind === 'word' ? [run.text.slice(0, MAX_WORD)] : bigrams(run.text)) {
      if (terms.size < MAX_QUERY_TERMS) terms.add(term);
    }
  }
  return { terms: [...terms], phrases: [...new Set(runs.map((r) => r.text))] };
}
