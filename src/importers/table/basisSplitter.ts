/**
 * 公开依据 → one entry per cited instrument (shared/golden/SCHEMA.md): split
 * where the cell numbers its entries (1. 2.) or lists several titled
 * documents (《…》《…》, 《…》、《…》和《…》); each entry kept as written,
 * without its enumerator and trailing separators.
 */
import { cleanText } from './cellText.ts';

const NUMBER = /(?:^|(?<=[\s；;。，,）)》、]))(\d{1,2})\s*[.．、](?!\d)/g;
const TRAILING = /[\s；;，,、。]+$/;
const LEADING = /^[\s；;，,、。]+/;
const SEPARATOR = /^(?:[、，,；;]|和|及|以及)$/;

function numbered(text: string): string[] | null {
  const hits = [...text.matchAll(NUMBER)];
  // A list starts at 1 (or continues a list: 2.) and counts up.
  const starts: number[] = [];
  let expected = Number(hits[0]?.[1] ?? 0);
  for (const hit of hits) {
    if (Number(hit[1]) === expected) {
      starts.push(hit.index);
      expected += 1;
    }
  }
  if (starts.length === 0 || (starts.length === 1 && starts[0]! > 0)) return null;
  const parts: string[] = [];
  if (starts[0]! > 0) parts.push(text.slice(0, starts[0]));
  starts.forEach((start, i) => parts.push(text.slice(start, starts[i + 1] ?? text.length)));
  return parts.map((p) => p.replace(/^\d{1,2}\s*[.．、]\s*/, ''));
}

/** Split one entry that names several 《titled》 documents. */
function titled(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '《') {
      // 》《 always starts a new title, even after an unbalanced 《.
      if (i > start && text[i - 1] === '》') {
        parts.push(text.slice(start, i));
        start = i;
        depth = 0;
      }
      depth += 1;
    } else if (ch === '》') {
      depth = Math.max(0, depth - 1);
      if (depth === 0) {
        // A title's own trailing (…号) stays with it.
        let end = i + 1;
        const paren = /^[（(][^（()）]*[)）]/.exec(text.slice(end));
        if (paren && /[号年令第]/.test(paren[0])) end += paren[0].length;
        const rest = text.slice(end);
        const sep = /^(、|，|,|；|;|和|及|以及)/.exec(rest);
        const next = rest.slice(sep ? sep[0].length : 0);
        // Split only where another titled document follows.
        const nextTitle = next.indexOf('《');
        if (sep && nextTitle >= 0 && nextTitle <= 20 && !/[，,。]/.test(next.slice(0, nextTitle))) {
          // 《…》及相关规定、根据国务院《…》: words before a later 、 or ； still belong to the first title.
          const later = Math.max(next.slice(0, nextTitle).lastIndexOf('、'), next.slice(0, nextTitle).lastIndexOf('；'));
          const cut = later >= 0 && /^(和|及|以及)$/.test(sep[0]) ? end + sep[0].length + later : end;
          parts.push(text.slice(start, cut));
          start = cut + (cut === end ? sep[0].length : 1);
          i = start;
          continue;
        }
        // 《…》(辽政办发(2014)74号、《…》: a number the bracket left open, then a separator and the next title.
        const gap = /^[^，,。《》]{1,20}?(、|；|;)(?=《)/.exec(rest);
        if (!sep && gap) {
          parts.push(text.slice(start, end + gap[0].length - gap[1]!.length));
          start = end + gap[0].length;
          i = start;
          continue;
        }
        if (!sep && next.startsWith('《')) {
          parts.push(text.slice(start, end));
          start = end;
          i = start;
          continue;
        }
      }
    }
    i += 1;
  }
  parts.push(text.slice(start));
  return parts;
}

export function splitBasis(raw: string | null | undefined): string[] {
  if (!raw) return [];
  // Numbers are found before whitespace goes: a line break can be the only boundary (…要求\n2.《…）.
  const spaced = raw.replace(/\s+/g, ' ').trim();
  if (spaced === '') return [];
  const entries = (numbered(spaced) ?? [spaced]).map(cleanText);
  const out: string[] = [];
  for (const entry of entries) {
    for (const part of titled(entry.replace(LEADING, '').replace(TRAILING, ''))) {
      const clean = part.replace(LEADING, '').replace(TRAILING, '');
      if (clean !== '' && !SEPARATOR.test(clean)) out.push(clean);
    }
  }
  return out;
}
