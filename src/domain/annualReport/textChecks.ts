/**
 * R8 of regulations.md §2.5: the numbers 一、总体情况 quotes ("全年共收到政府信息公开申请15件")
 * must equal the tables. Phrases are data (textPhrases.ts); numbers may be Arabic or Chinese.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chineseNumber.ts';
import { sumOf } from './cellChecks.ts';
import type { Cell, Finding, ReportTables } from './tables.ts';
import { TEXT_PHRASES, ZERO_PHRASES, type QuotedCells, type TextPhrase } from './textPhrases.ts';

/** One number the text quotes, with the sentence it stands in. */
export interface QuotedNumber {
  phrase: QuotedCells;
  /** The quoted words, e.g. 收到政府信息公开申请15件. */
  quote: string;
  /** In the table's unit (万元 for fees). */
  value: number;
  sentence: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Up to eight characters between the wording and the number (共计, 案件, 均为), never a punctuation mark or a digit. */
const FILLER = `[^，。；、,;：:！？\\s\\d０-９${CHINESE_NUMERAL_CHARS}]{0,8}?`;
const NUMBER = `([0-9０-９][0-9０-９,.．]*|[${CHINESE_NUMERAL_CHARS}]+)`;

function patternOf(phrase: TextPhrase): RegExp {
  const wordings = [...phrase.wordings].sort((a, b) => b.length - a.length).map(escape).join('|');
  const units = [...phrase.units].sort((a, b) => b.unit.length - a.unit.length).map((u) => escape(u.unit)).join('|');
  const guard = phrase.notAfter ? `(?<![${phrase.notAfter}])` : '';
  const after = phrase.notBefore ? `(?![${phrase.notBefore}])` : '';
  return new RegExp(`${guard}(?:${wordings})${after}${FILLER}${NUMBER}(${units})`, 'g');
}

function sentenceAround(text: string, start: number, end: number): string {
  // A sentence runs to 。！？ or a line end; ；only separates its clauses.
  const stops = /[。！？\n]/;
  let from = start;
  while (from > 0 && !stops.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !stops.test(text[to]!)) to++;
  return text.slice(from, to < text.length ? to + 1 : to).trim();
}

/** Every number the text quotes with a phrase of the table, and every zero it states in words, in text order. */
export function quotedNumbers(text: string): QuotedNumber[] {
  const found: (QuotedNumber & { index: number })[] = [];
  const add = (phrase: QuotedCells, match: RegExpMatchArray & { index: number }, value: number) => {
    const sentence = sentenceAround(text, match.index, match.index + match[0].length);
    if (!phrase.context || sentence.includes(phrase.context)) found.push({ phrase, quote: match[0], value, sentence, index: match.index });
  };
  for (const phrase of TEXT_PHRASES) {
    for (const match of text.matchAll(patternOf(phrase))) {
      const number = parseNumber(match[1]!);
      const scale = phrase.units.find((u) => u.unit === match[2])?.scale ?? 1;
      if (number !== null) add(phrase, match, number * scale);
    }
  }
  for (const phrase of ZERO_PHRASES) {
    for (const match of text.matchAll(phrase.pattern)) add(phrase, match, 0);
  }
  return found.sort((a, b) => a.index - b.index).map(({ index: _index, ...quoted }) => quoted);
}

function cellAt(tables: ReportTables, path: string): Cell | undefined {
  // Outcome rows have a dot of their own: table3.withheld.stateSecret.total.
  const parts = path.split('.');
  const [table, column, row] = [parts[0]!, parts.at(-1)!, parts.slice(1, -1).join('.')];
  const rows = (tables as unknown as Record<string, Record<string, Record<string, Cell>> | undefined>)[table];
  return rows?.[row]?.[column];
}

/** Cents-safe equality: 万元 amounts quoted in 元 are compared to 1/100 元. */
const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;

function compare(quoted: QuotedNumber, tables: ReportTables): Finding[] {
  const { phrase } = quoted;
  if (phrase.cells.length === 0) return [];
  // The 2019 试行 table 二 has other rows and columns (regulations.md §2.8): its quotes are not compared.
  if (tables.format === '2019' && phrase.cells.some((path) => path.startsWith('table2.'))) return [];
  const where = phrase.where ?? phrase.cells.join('+');
  const values = phrase.cells.map((path) => cellAt(tables, path));
  const expected = sumOf(values);
  if (expected === null) {
    const message = `总体情况中的“${quoted.quote}”无法核对：${phrase.tableName}为空或不是数字（句子：“${quoted.sentence}”）`;
    return [{ rule: 'R8', severity: 'warning', where, message }];
  }
  if (same(expected, quoted.value)) return [];
  const message = `总体情况中的“${quoted.quote}”与${phrase.tableName}（${Number(expected.toFixed(6))}）不一致（句子：“${quoted.sentence}”）`;
  return [{ rule: 'R8', severity: phrase.mismatch ?? 'error', where, message }];
}

/** R8 over the text of section 一、总体情况. */
export function checkQuotedNumbers(overviewText: string, tables: ReportTables): Finding[] {
  return quotedNumbers(overviewText).flatMap((quoted) => compare(quoted, tables));
}
