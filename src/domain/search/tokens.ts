import { bigrams, normalizeText, textRuns } from './normalize.ts';
import { BASE_LEXICON, segmentQuery, type Lexicon } from './segment.ts';

/**
 * The Chinese search tokens (docs/benchmarks.md, Search): the CJK bigrams of every Han run
 * (政府信息 → 政府 府信 信息), so that 2-character words (医保, 报销, 公示) and names no
 * dictionary knows match, plus latin words and numbers as they are. Both engines index the
 * same tokens at the same positions and get the same query, so they match the same documents.
 *
 * Matching rules (the same on SQLite and PostgreSQL):
 * - a query is cut into WORDS (segment.ts: lexicon words, unknown runs, stop words dropped);
 *   a word of 3 or more Han characters is a PHRASE: its bigrams must be adjacent and in order
 *   (信息公开 = 信息·息公·公开 side by side), so 信息 … 公开 far apart does not match it;
 * - a 2-character word or a latin word/number is one token;
 * - a 1-character word matches any document containing that character (a prefix query on the
 *   bigrams, plus the last character of every run, which is indexed on its own);
 * - a word matches where any of its forms (itself and its synonyms) matches;
 * - the words of a query are ANDed (or ORed, for the best partial matches when none has all).
 *
 * Runs never touch: a separator token (SEPARATOR, a private-use character no query can
 * produce) sits between the tokens of consecutive runs, so a phrase cannot match across
 * punctuation. A phrase therefore implies that its 3- and 4-character windows occur in the
 * text: `ngrams` lists them (hashed: a collision only adds a candidate) so that an engine may
 * narrow its candidates with them (PostgreSQL's GIN index cannot check positions) without
 * changing what matches.
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

/** Between the tokens of two runs (U+E000, private use: a unicode61 token character, never in a query). */
export const SEPARATOR = '\uE000';

/** One indexed field: the positional token stream (phrases), a bag of further distinct tokens (single-token matches only), and the hashed 3- and 4-character windows of its Han runs. */
export interface TokenField {
  stream: string[];
  bag: string[];
  ngrams: string[];
}

/** The overlapping n-character windows of a Han run. */
export function windows(run: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= run.length; i++) out.push(run.slice(i, i + n));
  return out;
}

/** A short key for an n-gram: its length and FNV-1a (32 bits) in base 36. Only engines that narrow candidates store these. */
export function ngramKey(gram: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) h = Math.imul(h ^ gram.charCodeAt(i), 0x01000193);
  return `${gram.length}${(h >>> 0).toString(36)}`;
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
    if (n >= MAX_OCCURRENCES) {
      // Dropped, with a separator in its place so that its neighbours do not become adjacent.
      if (stream.at(-1) !== SEPARATOR) stream.push(SEPARATOR);
      return;
    }
    seen.set(token, n + 1);
    stream.push(token);
  };
  const separate = () => {
    if (stream.length > 0 && stream.length < MAX_POSITIONS && stream.at(-1) !== SEPARATOR) stream.push(SEPARATOR);
  };
  const lastChars = new Set<string>();
  const grams = new Set<string>();
  for (const run of textRuns(normalizeText(text.slice(0, MAX_INDEXED_CHARS)))) {
    if (run.kind === 'word') {
      separate();
      add(run.text.slice(0, MAX_WORD).toLowerCase());
    } else {
      if (run.text.length >= 2) {
        separate();
        for (const pair of bigrams(run.text)) add(pair);
      }
      for (const n of [3, 4]) for (const gram of windows(run.text, n)) grams.add(ngramKey(gram));
      lastChars.add(run.text.at(-1)!);
    }
  }
  if (stream.at(-1) === SEPARATOR) stream.pop();
  for (const ch of lastChars) if (!seen.has(ch)) bag.add(ch);
  return { stream, bag: [...bag], ngrams: [...grams] };
}

/** The tokens to index for a document's title and its whole searchable text (the title is part of `all`). */
export function documentTokens(title: string, text: string): DocumentTokens {
  return { title: field(title), all: field(`${title}\n${text}`) };
}

/** One form of a query word: adjacent tokens (a phrase, or one token), or a 1-character prefix. */
export interface QueryPhrase {
  tokens: string[];
  /** A single Han character: matches every token that starts with it. */
  prefix: boolean;
  /** Hashed n-grams a document must contain if it has the phrase (the phrase's 3-gram, or its 4-grams; candidates only, see above). */
  ngrams: string[];
}

/** One word of a query (segment.ts): it matches where any of its forms (the word and its synonyms) matches. */
export interface QueryWord {
  /** The word as the query has it (normalised). */
  text: string;
  /** The word and its synonyms, as text (highlighting, ranking). */
  forms: string[];
  /** The forms as phrases of plain tokens, for the engines (none for an optional word). */
  alternatives: QueryPhrase[];
  /** A single character no word covers: not matched by the engines, counted in ranking (segment.ts). */
  optional: boolean;
}

export interface SearchQuery {
  /** The distinct tokens of the query (for display); every one is a plain token, no engine syntax. */
  terms: string[];
  /** Every form of every word, for highlighting. */
  phrases: string[];
  /** The words, ANDed (or, for partial matches, ORed) by the engines. */
  match: QueryWord[];
  /** Every word in the query's order, optional ones included (ranking). */
  words: QueryWord[];
}

/** At most this many tokens reach the engine; a 500-character query is cut, not refused. */
export const MAX_QUERY_TERMS = 32;

/** A form as the engines match it: a latin word/number is one token, one Han character a prefix, a longer Han word the phrase of its bigrams. */
export function phraseOf(form: string, budget = MAX_QUERY_TERMS): QueryPhrase {
  if (!/\p{Script=Han}/u.test(form)) return { tokens: [form.slice(0, MAX_WORD).toLowerCase()], prefix: false, ngrams: [] };
  if (form.length === 1) return { tokens: [form], prefix: true, ngrams: [] };
  const tokens = bigrams(form).slice(0, Math.max(1, budget));
  const chars = form.slice(0, tokens.length + 1);
  const grams = chars.length >= 3 ? windows(chars, Math.min(4, chars.length)).map(ngramKey) : [];
  return { tokens, prefix: false, ngrams: [...new Set(grams)] };
}

/**
 * The query of a user's text: its words (segment.ts, with the lexicon given: the field words,
 * synonyms and catalog item names), each a set of alternative phrases (see the rules above).
 */
export function queryTerms(query: string, lexicon: Lexicon = BASE_LEXICON): SearchQuery {
  const match: QueryWord[] = [];
  const words: QueryWord[] = [];
  let budget = MAX_QUERY_TERMS;
  for (const word of segmentQuery(query.slice(0, 1000), lexicon)) {
    if (word.optional) {
      words.push({ text: word.text, forms: word.forms, alternatives: [], optional: true });
      continue;
    }
    if (budget <= 0) break;
    const alternatives: QueryPhrase[] = [];
    const forms: string[] = [];
    for (const form of word.forms) {
      if (budget <= 0) break;
      const phrase = phraseOf(form, budget);
      budget -= phrase.tokens.length;
      alternatives.push(phrase);
      forms.push(form);
    }
    match.push({ text: word.text, forms, alternatives, optional: false });
    words.push(match.at(-1)!);
  }
  const terms = [...new Set(match.flatMap((w) => w.alternatives[0]!.tokens))];
  return { terms, phrases: [...new Set(match.flatMap((w) => w.forms))], match, words };
}

/** A long word's character pairs as words (an odd last character joins the last pair): the partial matches of a one-word query. */
export function splitWord(word: QueryWord): QueryWord[] {
  if (!/^\p{Script=Han}{3,}$/u.test(word.text)) return [];
  const pairs: string[] = [];
  for (let i = 0; i < word.text.length; i += 2) pairs.push(word.text.slice(i, i + 2));
  if (pairs.at(-1)!.length === 1) pairs[pairs.length - 2] += pairs.pop()!;
  return pairs.map((text) => ({ text, forms: [text], alternatives: [phraseOf(text)], optional: false }));
}
