/**
 * R10: a report that copies last year's text ("雷同") — the 2021 format's 明确责任 clause
 * (regulations.md §2.1, §2.5) has such reports pursued under 条例第四十七条. Sentences are compared
 * after normalising away spaces, punctuation and numbers, which change every year.
 */
import type { Finding } from './tables.ts';

export interface SharedSentences {
  /** Sentences of this year's text long enough to compare. */
  compared: number;
  shared: string[];
  /** shared / compared, 0 when nothing was compared. */
  ratio: number;
}

/** Shorter sentences (headings, "现将有关情况报告如下") say nothing about copying. */
const MIN_SENTENCE_LENGTH = 12;
/** The share of sentences above which the text is flagged. */
export const DEFAULT_SHARED_THRESHOLD = 0.5;

export function splitSentences(text: string): string[] {
  return text
    .split(/[。！？；!?;\n]+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** The part of a sentence that says something: no spaces, punctuation, numbers or years. */
export function normaliseSentence(sentence: string): string {
  return sentence
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .replace(/[0-9零〇一二两三四五六七八九十百千万]+(?=[年月日件条个份项起宗万元%])/g, '#')
    .replace(/[0-9]+/g, '#');
}

export function sharedSentences(text: string, lastYearText: string): SharedSentences {
  const lastYear = new Set(splitSentences(lastYearText).map(normaliseSentence));
  const sentences = splitSentences(text).filter((sentence) => normaliseSentence(sentence).length >= MIN_SENTENCE_LENGTH);
  const shared = sentences.filter((sentence) => lastYear.has(normaliseSentence(sentence)));
  return { compared: sentences.length, shared, ratio: sentences.length === 0 ? 0 : shared.length / sentences.length };
}

export function checkCopiedText(text: string, lastYearText: string, threshold = DEFAULT_SHARED_THRESHOLD): Finding[] {
  const result = sharedSentences(text, lastYearText);
  if (result.ratio <= threshold) return [];
  const percent = Math.round(result.ratio * 100);
  const example = result.shared[0]!;
  const message = `本年度报告有${percent}%的句子（${result.shared.length}/${result.compared}句）与上一年度报告相同，请核实是否照搬上年内容（例：“${example}”）`;
  return [{ rule: 'R10', severity: 'warning', where: 'text', message }];
}
