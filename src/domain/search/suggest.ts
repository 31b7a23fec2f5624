import { bigrams, normalizeText, textRuns } from './normalize.ts';

/**
 * «您是不是要找：…» for a query that found nothing: the names (agencies, catalog items, lexicon
 * words) that hold the largest share of the query's character pairs, so a misspelt 异地就以备案
 * still points to the item 参保人员异地就医备案. Pure; the caller gives the names and their links.
 */
export interface Suggestion {
  label: string;
  href: string;
}

/** Names below this similarity are not offered. */
export const MIN_SIMILARITY = 0.4;

function pairs(text: string): Set<string> {
  return new Set(textRuns(normalizeText(text)).flatMap((r) => (r.kind === 'cjk' ? bigrams(r.text) : [r.text])));
}

/** The share of the query's character pairs (and latin words) that the name has (0 … 1). */
export function similarity(query: string, name: string): number {
  const x = pairs(query);
  const y = pairs(name);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const p of x) if (y.has(p)) shared++;
  return shared / x.size;
}

/** The `limit` closest candidates to the query (ties: shorter label first), none equal to the query itself. */
export function suggest(query: string, candidates: readonly Suggestion[], limit = 3): Suggestion[] {
  const q = normalizeText(query).trim();
  const seen = new Set<string>();
  return candidates
    .map((c) => ({ c, s: similarity(q, c.label) }))
    .filter(({ c, s }) => s >= MIN_SIMILARITY && normalizeText(c.label) !== q)
    .sort((a, b) => b.s - a.s || a.c.label.length - b.c.label.length)
    .filter(({ c }) => !seen.has(c.label) && seen.add(c.label))
    .slice(0, limit)
    .map(({ c }) => c);
}
