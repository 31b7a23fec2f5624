import { FIELD_WORDS, STOP_WORDS } from './data/fieldWords.ts';
import { SYNONYM_GROUPS } from './data/synonyms.ts';
import { COLLOQUIAL_WORDS } from './data/colloquial.ts';
import { normalizeText, textRuns } from './normalize.ts';

/**
 * Query segmentation by dictionary (docs/adr/0011-search-words-and-ranking.md: measured against jieba
 * and Intl.Segmenter). The lexicon is data: the field word list, the synonyms, the colloquial words (one way), and the short
 * names of the published catalogs' items (added by the app). A Han run is cut into the cheapest
 * pieces, where a field word costs 1, a catalog-only word 3.5 and a character no word covers 2; characters no
 * word covers form unknown runs, which stay one word up to UNKNOWN_WORD characters and are cut
 * into character pairs when longer; a single one is optional (SegmentedWord). Stop words
 * (怎么, 如何, 的 …) are dropped unless they are all the query has.
 */
export interface Lexicon {
  /** Field words and synonyms. */
  words: ReadonlySet<string>;
  /** Words only the catalogs' item names give (cut costs CATALOG_WORD_COST: a name the field words compose is cut into them). */
  catalogWords: ReadonlySet<string>;
  stop: ReadonlySet<string>;
  /** Word → every word of its synonym groups (itself first). */
  synonyms: ReadonlyMap<string, readonly string[]>;
  maxLength: number;
}

/** An unknown run up to this length is one word; a longer one is cut into pairs. */
export const UNKNOWN_WORD = 4;
/** Catalog item names up to this length become lexicon words (longer names are cut into the words they contain). */
export const MAX_LEXICON_WORD = 8;
/** The cost of a catalog-only word in a cut, against 1 for a field word and 2 for a character no word covers. */
const CATALOG_WORD_COST = 3.5;

function synonymMap(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of SYNONYM_GROUPS) {
    for (const word of group) {
      const forms = map.get(word) ?? [word];
      for (const other of group) if (!forms.includes(other)) forms.push(other);
      map.set(word, forms);
    }
  }
  // A colloquial word also matches its official words and their synonyms (one way: data/colloquial.ts).
  for (const [word, officials] of COLLOQUIAL_WORDS) {
    const forms = map.get(word) ?? [word];
    for (const official of officials) for (const form of map.get(official) ?? [official]) if (!forms.includes(form)) forms.push(form);
    map.set(word, forms);
  }
  return map;
}

/** The lexicon of the field words and synonyms plus `extra` words (catalog item names, split at punctuation). */
export function buildLexicon(extra: Iterable<string> = []): Lexicon {
  const words = new Set<string>();
  const catalogWords = new Set<string>();
  const add = (into: Set<string>, text: string, longest = MAX_LEXICON_WORD) => {
    for (const run of textRuns(normalizeText(text))) {
      if (run.kind === 'cjk' && run.text.length >= 2 && run.text.length <= longest && !words.has(run.text)) into.add(run.text);
    }
  };
  for (const word of FIELD_WORDS) add(words, word);
  for (const group of SYNONYM_GROUPS) for (const word of group) add(words, word, Infinity);
  for (const [word] of COLLOQUIAL_WORDS) add(words, word, Infinity);
  for (const word of extra) add(catalogWords, word);
  const stop = new Set(STOP_WORDS);
  let maxLength = 1;
  for (const word of [...words, ...catalogWords, ...stop]) maxLength = Math.max(maxLength, word.length);
  return { words, catalogWords, stop, synonyms: synonymMap(), maxLength };
}

export const BASE_LEXICON: Lexicon = buildLexicon();

type Piece = { text: string; known: boolean };

const isKnown = (lexicon: Lexicon, piece: string) => lexicon.words.has(piece) || lexicon.stop.has(piece) || lexicon.catalogWords.has(piece);

/** The cheapest cut of a Han run into lexicon words and unknown characters (dynamic programming, O(length × maxLength)). */
function cut(run: string, lexicon: Lexicon): Piece[] {
  const cost = new Array<number>(run.length + 1).fill(Infinity);
  const from = new Array<number>(run.length + 1).fill(0);
  cost[0] = 0;
  for (let end = 1; end <= run.length; end++) {
    for (let start = Math.max(0, end - lexicon.maxLength); start < end; start++) {
      const piece = run.slice(start, end);
      const step = lexicon.words.has(piece) || lexicon.stop.has(piece) ? 1 : lexicon.catalogWords.has(piece) ? CATALOG_WORD_COST : end - start === 1 ? 2 : Infinity;
      if (cost[start]! + step < cost[end]!) {
        cost[end] = cost[start]! + step;
        from[end] = start;
      }
    }
  }
  const pieces: Piece[] = [];
  for (let end = run.length; end > 0; end = from[end]!) {
    const text = run.slice(from[end]!, end);
    pieces.unshift({ text, known: isKnown(lexicon, text) });
  }
  return pieces;
}

/** Unknown characters side by side become one word (≤ UNKNOWN_WORD) or pairs (a last odd character joins the last pair). */
function groupUnknown(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  let unknown = '';
  const flush = () => {
    if (unknown.length <= UNKNOWN_WORD) {
      if (unknown) out.push({ text: unknown, known: false });
    } else {
      const pairs: string[] = [];
      for (let i = 0; i < unknown.length; i += 2) pairs.push(unknown.slice(i, i + 2));
      if (pairs.at(-1)!.length === 1) pairs[pairs.length - 2] += pairs.pop()!;
      for (const pair of pairs) out.push({ text: pair, known: false });
    }
    unknown = '';
  };
  for (const piece of pieces) {
    if (piece.known) {
      flush();
      out.push(piece);
    } else unknown += piece.text;
  }
  flush();
  return out;
}

/** A word of a query: its forms (forms[0] is the word itself, then its synonyms). */
export interface SegmentedWord {
  text: string;
  forms: string[];
  /**
   * A single character no word covers (用 in 家人可以用我的医保, 卫 in 卫医保发): it need not match,
   * but counts in ranking, so 文号 fragments and questions keep their order without losing every result.
   */
  optional: boolean;
}

/** The words of a query, in order, each with its synonyms; latin words and numbers as they are. */
export function segmentQuery(query: string, lexicon: Lexicon = BASE_LEXICON): SegmentedWord[] {
  const pieces: { text: string; stop: boolean; optional: boolean }[] = [];
  for (const run of textRuns(normalizeText(query))) {
    if (run.kind === 'word') pieces.push({ text: run.text, stop: false, optional: false });
    else for (const p of groupUnknown(cut(run.text, lexicon))) pieces.push({ text: p.text, stop: lexicon.stop.has(p.text), optional: !p.known && p.text.length === 1 });
  }
  const meaningful = pieces.filter((p) => !p.stop);
  // A query of single characters (or of stop words) only keeps them, as required words.
  const kept = meaningful.some((p) => !p.optional) ? meaningful : (meaningful.length ? meaningful : pieces).map((p) => ({ ...p, optional: false }));
  const seen = new Set<string>();
  return kept.filter((p) => !seen.has(p.text) && seen.add(p.text))
    .map((p) => ({ text: p.text, forms: [...(lexicon.synonyms.get(p.text) ?? [p.text])], optional: p.optional }));
}
