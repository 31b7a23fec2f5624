import { SEPARATOR, type QueryPhrase, type TokenField } from '../../domain/search/tokens.ts';
import type { SearchRequest } from './searchContract.ts';

/** Literals of PostgreSQL's text search types, built from the app's own tokens (no text-search parser). */

/** Positions PostgreSQL keeps (1..16,383); the bag of a field sits at the last one, apart from the stream (tokens.ts). */
const BAG_POSITION = 16_383;

export const lexeme = (token: string) => `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** A tsvector literal with the app's tokens at their positions (no parser, so the lexemes are exactly the tokens). */
export function tsVector(field: TokenField): string {
  const positions = new Map<string, number[]>();
  field.stream.forEach((token, i) => {
    if (token === SEPARATOR) return; // its position stays empty
    const list = positions.get(token);
    if (list) list.push(i + 1);
    else positions.set(token, [i + 1]);
  });
  for (const token of field.bag) positions.set(token, [...(positions.get(token) ?? []), BAG_POSITION]);
  return [...positions].map(([token, list]) => `${lexeme(token)}:${list.join(',')}`).join(' ');
}

/** A tsvector literal of lexemes without positions (n-gram keys). */
export function tsLexemes(tokens: readonly string[]): string {
  return tokens.map(lexeme).join(' ');
}

/** A tsquery literal: phrases of quoted lexemes joined by <->, a 1-character query as a prefix; a word's alternatives ORed, the words ANDed (mode all) or ORed (any). */
export function tsQuery(query: SearchRequest['query'], mode: SearchRequest['mode'] = 'all'): string {
  const phrase = (p: QueryPhrase) => (p.prefix ? `${lexeme(p.tokens[0]!)}:*` : `(${p.tokens.map(lexeme).join(' <-> ')})`);
  return query.map((w) => `(${w.alternatives.map(phrase).join(' | ')})`).join(mode === 'any' ? ' | ' : ' & ');
}

/**
 * The same words with each phrase's tokens ANDed instead of adjacent. A GIN index answers it
 * exactly (no recheck, so no tsvector is read from TOAST), and every hit of tsQuery is among its hits.
 * A phrase's `common` tokens are left out when it has others (search.postgresCommon.ts): fewer
 * posting lists read, a few more candidates.
 */
export function tsLooseQuery(query: SearchRequest['query'], mode: SearchRequest['mode'] = 'all', common: ReadonlySet<string> = new Set()): string {
  const phrase = (p: QueryPhrase) => {
    if (p.prefix) return `${lexeme(p.tokens[0]!)}:*`;
    const rarer = p.tokens.filter((t) => !common.has(t));
    return `(${(rarer.length > 0 ? rarer : p.tokens).map(lexeme).join(' & ')})`;
  };
  return query.map((w) => `(${w.alternatives.map(phrase).join(' | ')})`).join(mode === 'any' ? ' | ' : ' & ');
}

/**
 * A looser query still for `rows` rows (a window of the newest rows): the words rarest first, each form
 * by its rarest token (a word's share: its forms' shares summed), only as many words as bring the expected
 * candidates (rows × the product of the shares, as if independent) to `budget`. GIN then reads a few
 * posting lists instead of every token's (words common on their own, rare together, cost 40–60 ms at a
 * million rows). A superset of tsQuery's hits; null when the words never get under the budget.
 * `rarest`: the share of its rarest word, a bound on its candidates' share that needs no independence.
 */
export function tsNarrowQuery(query: SearchRequest['query'], shareOf: (token: string) => number, rows: number, budget: number): { text: string; rarest: number } | null {
  if (query.length === 0 || query.some((w) => w.alternatives.length === 0)) return null;
  const words = query.map((w) => {
    const forms = w.alternatives.map((p) => {
      if (p.prefix) return { text: `${lexeme(p.tokens[0]!)}:*`, share: 1 };
      const rarest = p.tokens.reduce((a, b) => (shareOf(b) < shareOf(a) ? b : a));
      return { text: lexeme(rarest), share: shareOf(rarest) };
    });
    return { text: `(${[...new Set(forms.map((f) => f.text))].join(' | ')})`, share: Math.min(1, forms.reduce((sum, f) => sum + f.share, 0)) };
  }).sort((a, b) => a.share - b.share);
  let expected = rows;
  for (const [i, word] of words.entries()) {
    expected *= word.share;
    if (expected <= budget) return { text: words.slice(0, i + 1).map((w) => w.text).join(' & '), rarest: words[0]!.share };
  }
  return null;
}
