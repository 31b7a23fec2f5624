import { bigrams, normalizeText } from './normalize.ts';

/**
 * Highlighting done on the stored text, the same on both engines: the query's phrases
 * (or, when a phrase does not occur whole, its bigrams) are wrapped in <mark>. Everything
 * else is HTML-escaped, so the result is safe to insert as HTML.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

type Span = [number, number];

export function matchSpans(text: string, phrases: readonly string[]): Span[] {
  const haystack = normalizeText(text);
  const spans: Span[] = [];
  const find = (needle: string) => {
    let found = false;
    for (let at = haystack.indexOf(needle); needle && at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
      spans.push([at, at + needle.length]);
      found = true;
    }
    return found;
  };
  for (const phrase of phrases) {
    if (!find(phrase) && phrase.length > 2 && /^\p{Script=Han}+$/u.test(phrase)) bigrams(phrase).forEach(find);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

function render(text: string, spans: readonly Span[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const [start, end] of spans) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    out += escapeHtml(text.slice(at, s)) + '<mark>' + escapeHtml(text.slice(s, e)) + '</mark>';
    at = e;
  }
  return out + escapeHtml(text.slice(at, to));
}

/** The whole text, escaped, with every match marked (titles). */
export function highlightAll(text: string, phrases: readonly string[]): string {
  return render(text, matchSpans(text, phrases), 0, text.length);
}

/** A window of about `length` characters around the first match, escaped and marked; the start of the text if nothing matches. */
export function snippet(text: string, phrases: readonly string[], length = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const spans = matchSpans(flat, phrases);
  const first = spans[0]?.[0] ?? 0;
  const from = Math.max(0, Math.min(first - Math.floor(length / 4), flat.length - length));
  const to = Math.min(flat.length, from + length);
  return (from > 0 ? '…' : '') + render(flat, spans, from, to) + (to < flat.length ? '…' : '');
}
