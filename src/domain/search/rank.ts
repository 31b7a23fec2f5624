import { joinWrappedHan } from './normalize.ts';

/**
 * How well a document (or catalog item) matches a query, computed in TypeScript on the stored
 * text, so both engines give the same order (docs/adr/0011-search-words-and-ranking.md, docs/benchmarks.md «Search»).
 * The engine finds a bounded set of candidates; this orders them by:
 *   1. how many of the query's words match (partial matches: fewer missing words first);
 *   2. the whole query as one phrase in the title, or the query as typed inside the 文号/索引号 (灵医保发〔2022〕2号);
 *   3. BM25F: per word, occurrences in each field weighted by FIELD_WEIGHTS and normalised by the
 *      field's length against the candidates' average, saturated by K1, times the word's IDF among
 *      the candidates (1 + ln((N + 1) / (df + 1))); plus a phrase bonus (the whole query in the body
 *      or attachments), a proximity bonus (every word within a short window of the text), a title coverage bonus
 *      (TITLE_COVER) and a sequential pair bonus (PAIR_IN_ORDER: consecutive query words side by side in one field);
 *   4. then the caller's order (newer 发布日期 first).
 */
export interface RankFields {
  title: string;
  /** 文号 and 索引号. */
  number: string;
  /** 发布机构, 分类, 体裁, 关键词, 摘要 (items: 一级事项, unit). */
  metadata: string;
  body: string;
  attachments: string;
}

export type FieldName = keyof RankFields;
export const FIELD_WEIGHTS: Readonly<Record<FieldName, number>> = { title: 6, number: 5, metadata: 2, body: 1, attachments: 0.7 };
const FIELDS = Object.keys(FIELD_WEIGHTS) as FieldName[];
export const K1 = 1.2;
export const B = 0.75;
/** Text of one field that is scored (the rest of a huge attachment still matches, but adds nothing). */
export const MAX_SCORED_CHARS = 20_000;
/** Bonuses, as multiples of the query's summed IDF. */
const PHRASE_IN_TEXT = 0.5;
const NEAR_IN_TEXT = 0.25;
/** Added per query word found in the title, as a multiple of its IDF. */
export const TITLE_COVER = 0.5;
/** Added per pair of consecutive query words found in that order in one field, at most PAIR_GAP characters apart (the stop words a query drops between them: 政府信息公开相关文件), as a multiple of their mean IDF. */
export const PAIR_IN_ORDER = 0.5;
export const PAIR_GAP = 3;
const HAN = /\p{Script=Han}/u;

export interface RankWord {
  text: string;
  forms: readonly string[];
  /** Counts in the score, never named missing (a single character no word covers, segment.ts). */
  optional?: boolean;
}

export interface RankResult {
  score: number;
  /** The query words found nowhere in the candidate (named to the reader: «未找到：…»). */
  missing: string[];
  /** The whole query in the title (or the typed query inside the 文号). */
  titlePhrase: boolean;
}

function occurrences(text: string, needle: string, limit = 200): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(needle); i >= 0 && at.length < limit; i = text.indexOf(needle, i + needle.length)) at.push(i);
  return at;
}

/** The positions of a word in a text: those of its most frequent form. */
function wordPositions(text: string, word: RankWord): number[] {
  let best: number[] = [];
  for (const form of word.forms) {
    const at = occurrences(text, fold(form));
    if (at.length > best.length) best = at;
  }
  return best;
}

/** True when some form of `second` starts at most PAIR_GAP characters after the end of some form of `first` in `text`. */
function inOrder(text: string, first: RankWord, second: RankWord): boolean {
  const ends = new Set(first.forms.flatMap((f) => occurrences(text, fold(f)).map((at) => at + f.length)));
  if (ends.size === 0) return false;
  for (const form of second.forms) {
    for (const at of occurrences(text, fold(form))) for (let gap = 0; gap <= PAIR_GAP; gap++) if (ends.has(at - gap)) return true;
  }
  return false;
}

/**
 * Sequential pairs (a term-dependence feature): each pair of consecutive required Han query words that one field holds in
 * the query's order adds PAIR_IN_ORDER × their mean IDF. Only for three Han words or more: two are the whole query, which
 * the phrase and near bonuses already score.
 */
function pairBonus(fields: Record<FieldName, string>, words: readonly RankWord[], idf: readonly number[]): number {
  const han = words.flatMap((w, k) => (!w.optional && HAN.test(w.text) ? [{ w, idf: idf[k]! }] : []));
  if (han.length <= 2) return 0;
  let bonus = 0;
  for (let k = 0; k + 1 < han.length; k++) {
    const [a, b] = [han[k]!, han[k + 1]!];
    if (FIELDS.some((f) => inOrder(fields[f], a.w, b.w))) bonus += (PAIR_IN_ORDER * (a.idf + b.idf)) / 2;
  }
  return bonus;
}

/** True when some window of `width` characters holds a position of every list. */
function allWithin(lists: readonly number[][], width: number): boolean {
  if (lists.some((l) => l.length === 0)) return false;
  const events = lists.flatMap((l, k) => l.map((p) => [p, k] as const)).sort((a, b) => a[0] - b[0]);
  const last = new Array<number>(lists.length).fill(-Infinity);
  for (const [p, k] of events) {
    last[k] = p;
    if (p - Math.min(...last) <= width) return true;
  }
  return false;
}

/** Full-width ASCII to half-width, the ideographic space to a space, lower case (as normalizeText, without keeping offsets: faster). */
function fold(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ').toLowerCase();
}

const prepare = (text: string) => fold(joinWrappedHan(text.slice(0, MAX_SCORED_CHARS)));

/** Scores every candidate against the query's words (same order as `candidates`). */
export function rankCandidates(candidates: readonly RankFields[], words: readonly RankWord[], typed = ''): RankResult[] {
  // A 文号 typed whole (its brackets and 号 included) is only worth a tier of its own when it is long enough to be one.
  const typedNumber = fold(typed.trim());
  const prepared = candidates.map((c) => Object.fromEntries(FIELDS.map((f) => [f, prepare(c[f])])) as Record<FieldName, string>);
  const tf = prepared.map((fields) => words.map((w) => Object.fromEntries(FIELDS.map((f) => [f, wordPositions(fields[f], w).length])) as Record<FieldName, number>));
  const n = candidates.length;
  const avg = Object.fromEntries(FIELDS.map((f) => [f, Math.max(1, prepared.reduce((s, p) => s + p[f].length, 0) / Math.max(1, n))])) as Record<FieldName, number>;
  const found = (counts: Record<FieldName, number>) => FIELDS.some((f) => counts[f] > 0);
  const idf = words.map((_, k) => 1 + Math.log((n + 1) / (tf.filter((t) => found(t[k]!)).length + 1)));
  const idfSum = idf.reduce((a, b) => a + b, 0);
  const whole = fold(words.map((w) => w.text).join(''));
  const nearWidth = Math.max(20, 2 * whole.length);
  return prepared.map((fields, c) => {
    let score = 0;
    words.forEach((_, k) => {
      const counts = tf[c]![k]!;
      const pseudo = FIELDS.reduce((s, f) => s + (FIELD_WEIGHTS[f] * counts[f]) / (1 - B + (B * fields[f].length) / avg[f]), 0);
      score += (idf[k]! * pseudo * (K1 + 1)) / (pseudo + K1);
    });
    // Title coverage: each word the title holds adds its IDF again (saturation makes one title hit weigh no more than a
    // few body hits: 职工医保门诊报销比例 → the 职工 门诊 notice, not a 门诊慢特病 notice that names 职工医保 in its body).
    // Han words only: a number in a title is mostly a year, and a 文号's numbers are matched as typed (tier 2).
    words.forEach((w, k) => {
      if (!w.optional && HAN.test(w.text) && tf[c]![k]!.title > 0) score += TITLE_COVER * idf[k]!;
    });
    score += pairBonus(fields, words, idf);
    const required = words.filter((w) => !w.optional);
    const text = `${fields.body}\n${fields.attachments}`;
    if (words.length > 1 && text.includes(whole)) score += PHRASE_IN_TEXT * idfSum;
    else if (required.length > 1 && allWithin(required.map((w) => wordPositions(text, w)), nearWidth)) score += NEAR_IN_TEXT * idfSum;
    const missing = words.filter((w, k) => !w.optional && !found(tf[c]![k]!)).map((w) => w.text);
    const numberHit = typedNumber.length >= 6 && fields.number.includes(typedNumber);
    return { score, missing, titlePhrase: (whole.length > 0 && fields.title.includes(whole)) || numberHit };
  });
}

/** Candidate order: fewer missing words, the whole query in the title, higher score; ties keep the caller's order (newest first). */
export function compareRanks(a: RankResult, b: RankResult): number {
  return a.missing.length - b.missing.length || Number(b.titlePhrase) - Number(a.titlePhrase) || b.score - a.score;
}
