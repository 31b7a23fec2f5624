/**
 * The six sections of a report's text (条例第五十条; 国办公开办函〔2021〕30号, regulations.md §2.1):
 * found by their numbered headings, so that R8 reads section 一 and R10 sees a missing section.
 * A heading is recognised by its number and a keyword of its title, in order, so that table 三's
 * rows "一、本年新收…" or "四、结转下年度继续办理" in a text layer are never taken for one.
 */
import { SECTION_TITLES_2021 } from './format2021.ts';
import type { Finding } from './tables.ts';

export interface ReportSection {
  number: string;
  /** The heading's title as the report writes it. */
  title: string;
  text: string;
}

/** Words every variant of a section's title holds (2019 titles too: 因政府信息公开工作被申请行政复议、提起行政诉讼情况). */
const TITLE_KEYWORDS: Record<string, RegExp> = {
  一: /总体情况/,
  二: /主动公开/,
  三: /申请/,
  四: /行政复议|行政诉讼/,
  五: /问题/,
  六: /其他/,
};

const HEADING = /^[ \t\u3000]*([一二三四五六])[、．.]\s*([^\n]{1,40})$/gm;
/** A heading printed without its number, on a line of its own (柞水县医保局 2024: 「总体情况」). */
const UNNUMBERED = new RegExp(`^[ \\t\\u3000]*()(${SECTION_TITLES_2021.map((section) => section.title).join('|')})[ \\t\\u3000]*$`, 'gm');

interface Heading {
  number: string;
  title: string;
  start: number;
  end: number;
  numbered: boolean;
}

/** Numbered and unnumbered heading lines, in text order. */
function headingLines(text: string) {
  const lines = [...text.matchAll(HEADING)].map((match) => ({ match, numbered: true }));
  for (const match of text.matchAll(UNNUMBERED)) {
    const number = SECTION_TITLES_2021.find((section) => section.title === match[2])!.number;
    lines.push({ match: Object.assign(match, { 1: number }), numbered: false });
  }
  return lines.sort((a, b) => a.match.index - b.match.index);
}

/** The sections found, in order; a section whose heading is missing is left out. */
export function splitSections(text: string): ReportSection[] {
  return findHeadings(text).map((heading, i, headings) => ({
    number: heading.number,
    title: heading.title,
    text: text.slice(heading.end, headings[i + 1]?.start ?? text.length).trim(),
  }));
}

function findHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  let next = 0;
  for (const { match, numbered } of headingLines(text)) {
    const [line, number, title] = [match[0], match[1]!, match[2]!.trim()];
    const wanted = SECTION_TITLES_2021.findIndex((section) => section.number === number);
    if (wanted < next || !TITLE_KEYWORDS[number]!.test(title)) continue;
    headings.push({ number, title, start: match.index, end: match.index + line.length, numbered });
    next = wanted + 1;
  }
  return headings;
}

/** The text of section 一、总体情况, for R8; null when the report has no such heading. */
export function overviewOf(text: string): string | null {
  return splitSections(text).find((section) => section.number === '一')?.text ?? null;
}

/** R10 (regulations.md §2.5): the report keeps the six sections of the current format. */
export function checkSections(text: string): Finding[] {
  const found = new Map(findHeadings(text).map((section) => [section.number, section]));
  return SECTION_TITLES_2021.flatMap(({ number, title }): Finding[] => {
    const section = found.get(number);
    const where = `section.${number}`;
    if (!section) return [{ rule: 'R10', severity: 'warning', where, message: `未找到第${number}部分“${title}”（年度报告格式规定的六个部分缺一不可）` }];
    if (!section.numbered) return [{ rule: 'R10', severity: 'info', where, message: `第${number}部分标题“${title}”缺少序号“${number}、”` }];
    if (section.title.replace(/[\s。：:]/g, '') === title) return [];
    return [{ rule: 'R10', severity: 'info', where, message: `第${number}部分标题为“${section.title}”，2021年格式为“${title}”` }];
  });
}
