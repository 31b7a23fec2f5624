import { joinWrappedHan, normalizeText } from './normalize.ts';
import type { RankWord } from './rank.ts';

/**
 * Does a query NAME a catalog item or an agency, or only share words with it? (issue 13: the results page.)
 * A name the query names is worth showing above the documents (参保人员异地就医登记备案 → that item;
 * 固原医保局 → 固原市医疗保障局); one that only shares a word (年报 → 政府信息公开年报, 医保 → every
 * 医疗保障局) is listed after them, since the documents answer such a query better.
 *
 * Two shares, both 0 … 1, and their product is the strength:
 * - how much of the name the query's words cover (characters of the name inside an occurrence of some
 *   form of some word; punctuation does not count);
 * - how many of the query's required words the name's own fields hold (an item: its 一级/二级事项 and
 *   its agency's name; an agency: its name).
 */
export const NAMED_STRENGTH = 0.7;

const fold = (text: string) => normalizeText(joinWrappedHan(text));
const counted = (ch: string) => /[\p{L}\p{N}]/u.test(ch);

/** The share of the name's letters, digits and Han characters covered by some form of some word. */
export function nameCoverage(name: string, words: readonly RankWord[]): number {
  const text = fold(name);
  const covered = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    for (const form of word.forms) {
      const needle = fold(form);
      if (!needle) continue;
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) covered.fill(true, at, at + needle.length);
    }
  }
  let letters = 0;
  let hits = 0;
  for (let i = 0; i < text.length; i++) {
    if (!counted(text[i]!)) continue;
    letters++;
    if (covered[i]) hits++;
  }
  return letters === 0 ? 0 : hits / letters;
}

/** The share of the query's required words that some form of which occurs in `fields`. */
export function queryCoverage(fields: readonly string[], words: readonly RankWord[]): number {
  const required = words.filter((w) => !w.optional);
  if (required.length === 0) return 0;
  const text = fold(fields.join('\n'));
  return required.filter((w) => w.forms.some((f) => text.includes(fold(f)))).length / required.length;
}

/** How strongly the query names `name` (whose own fields are `fields`): name coverage × query coverage. */
export function nameStrength(name: string, fields: readonly string[], words: readonly RankWord[]): number {
  return nameCoverage(name, words) * queryCoverage(fields, words);
}
