import { bigrams, normalizeText, textRuns } from './normalize.ts';

/**
 * The Chinese search tokens (docs/benchmarks.md, Search): the CJK bigrams of every Han run
 * (政府信息 → 政府 府信 信息), so that 2-character words (医保, 报销, 公示) and names no
 * dictionary knows match, plus latin words and numbers as they are. Both engines index the
 * same tokens at the same positions and get the same query, so they match the same documents.
 *
 * Matching rules (the same on SQLite and PostgreSQL):
 * - a query run of 3 or more Han characters is a PHRASE: its bigrams must be adjacent and in
 *   order (信息公开 = 信息·息公·公开 side by side), so 信息 … 公开 far apart does not match;
 * - a 2-character run or a latin word/number is one token;
 * - a 1-character run matches any document containing that character (a prefix query on the
 *   bigrams, plus the last character of every run, which is indexed on its own);
 * - the runs of a query are ANDed.
 *
 * Positions: PostgreSQL keeps positions only up to 16,383 and at most 256 per lexeme, so the
 * phrase-searchable stream is the first MAX_POSITIONS tokens, each token kept at most
 * MAX_OCCURRENCES times; tokens after that go to a bag (single tokens still match, phrases do
 * not). Both engines get exactly this, so their answers are the same even for long documents.
 */

/** Longest latin/number token kept; longer runs (hashes, base64) are cut. */
const MAX_WORD = 40;
/** Longest text indexed per document; the rest of a huge attachment is not searchable. */
export const MAX_INDEXED_CHARS = 200_000;
/** Phrase-searchable positions per field (PostgreSQL: positions ≤ 16,383; the bag sits apart at 16,383). */
export const MAX_POSITIONS = 16_000;
/** Occurrences of one token kept in the positional stream (PostgreSQL keeps 256 positions per lexeme). */
export const MAX_OCCURRENCES = 255;

/** One indexed field: the positional token stream (phrases) and a bag of further distinct tokens (single-token matches only). */
export interface TokenField {
  stream: string[];
  bag: string[];
}

/** What a search index stores for one document: the title (for the title-hit tier) and everything (title + text). */
export interface DocumentTokens {
  title: TokenField;
  all: TokenField;
}

function field(text: string): TokenField {
  const stream: string[] = [];
  const seen = new Map<string, number>();
  const bag = new Set<string>();
  const add = (token: string) => {
    const n = seen.get(token) ?? 0;
    if (stream.length >= MAX_POSITIONS) {
      if (n === 0) bag.add(token);
      return;
    }
    if (n >= MAX_OCCURRENCES) return;
    seen.set(token, n + 1);
    stream.push(token);
  };
  const lastChars = new Set<string>();
  for (const run of textRuns(normalizeText(text.slice(0, MAX_INDEXED_CHARS)))) {
    if (run.kind === 'word') add(run.text.slice(0, MAX_WORD).toLowerCase());
    else {
      if (run.text.length >= 2) for (const pair of bigrams(run.text)) add(pair);
      lastChars.add(run.text.at(-1)!);
    }
  }
  for (const ch of lastChars) if (!seen.has(ch)) bag.add(ch);
  return { stream, bag: [...bag] };
}

/** The tokens to index for a document's title and its whole searchable text (the title is part of `all`). */
export function documentTokens(title: string, text: string): DocumentTokens {
  return { title: field(title), all: field(`${title}\n${text}`) };
}

/** One ANDed part of a query: adjacent tokens (a phrase, or one token), or a 1-character prefix. */
export interface QueryPhrase {
  tokens: string[];
  /** A single Han character: matches every token that starts with it. */
  prefix: boolean;
}

export interface SearchQuery {
  /** The distinct tokens of the query (for display); every one is a plain token, no engine syntax. */
  terms: string[];
  /** The query's runs as typed (normalised), for highlighting whole phrases. */
  phrases: string[];
  /** What must match, ANDed (see the rules above). */
  match: QueryPhrase[];
}

/** At most this many tokens reach the engine; a 500-character query is cut, not refused. */
export const MAX_QUERY_TERMS = 32;

/** The query of a user's text: phrases of bigrams for Han runs, single tokens for latin words (see the rules above). */
export function queryTerms(query: string): SearchQuery {
  const runs = textRuns(normalizeText(query.slice(0, 1000)));
  const match: QueryPhrase[] = [];
  const keys = new Set<string>();
  let budget = MAX_QUERY_TERMS;
  for (const run of runs) {
    if (budget <= 0) break;
    const phrase: QueryPhrase = run.kind === 'word'
      ? { tokens: [run.text.slice(0, MAX_WORD).toLowerCase()], prefix: false }
      : run.text.length === 1 ? { tokens: [run.text], prefix: true } : { tokens: bigrams(run.text).slice(0, budget), prefix: false };
    const key = `${phrase.prefix ? '*' : ''}${phrase.tokens.join(' ')}`;
    if (keys.has(key)) continue;
    keys.add(key);
    budget -= phrase.tokens.length;
    match.push(phrase);
  }
  const terms = [...new Set(match.flatMap((p) => p.tokens))];
  return { terms, phrases: [...new Set(runs.map((r) => r.text))], match };
}
