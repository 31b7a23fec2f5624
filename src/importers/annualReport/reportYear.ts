/**
 * The year a published 政府信息公开工作年度报告 covers, from its own words: the title
 * (「XX局2024年政府信息公开工作年度报告」, 「2024年度XX局政府信息公开工作年度报告」), else the statistics period
 * (「统计期限为2024年1月1日至12月31日」). Never the publication date, which falls in the next year.
 */

/** 二〇二四 / 二零二四 as digits. */
function arabicYears(text: string): string {
  const digits: Record<string, string> = { 〇: '0', 零: '0', Ｏ: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
  return text
    .normalize('NFKC')
    .replace(/[〇零Ｏ一二三四五六七八九]{4}(?=\s*年)/g, (year) => [...year].map((c) => digits[c] ?? c).join(''));
}

const PATTERNS: readonly RegExp[] = [
  // The title: the year, at most one line of agency name, then the report's name.
  /(20\d\d)\s*年\s*度?[^\n。]{0,40}?政府信息公开(?:工作)?(?:年度)?报告/,
  // The statistics period of the opening paragraph.
  /(20\d\d)\s*年\s*1\s*月\s*1\s*日\s*(?:起\s*)?(?:至|到|-|—|－)\s*(?:\1\s*年\s*)?12\s*月\s*31\s*日/,
];

const PLAUSIBLE = (year: number) => year >= 2008 && year <= 2099;

/** The year of the report, or null when its text names none. */
export function reportYearOf(text: string | null): number | null {
  if (!text) return null;
  const readable = arabicYears(text);
  for (const pattern of PATTERNS) {
    const match = pattern.exec(readable);
    const year = match ? Number(match[1]) : NaN;
    if (PLAUSIBLE(year)) return year;
  }
  return null;
}
