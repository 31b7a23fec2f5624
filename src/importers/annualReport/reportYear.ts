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
  // A title may break its line before 年度报告 (宣州区医保局 2022: 「…2022年政府信息公开\n年度报告」).
  // 政务公开 too: 「连州市医疗保障局2022年政务公开工作年度报告」.
  /(20\d\d)\s*年\s*度?[^\n。]{0,40}?(?:政府信息公开|政务公开)\s*(?:工作)?\s*(?:年度)?\s*报告/,
  // The statistics period of the opening paragraph.
  /(20\d\d)\s*年\s*1\s*月\s*1\s*日\s*(?:起\s*)?(?:至|到|-|—|－)\s*(?:\1\s*年\s*)?12\s*月\s*31\s*日/,
  // What the report says it covers (a 镇 2023: 「汇报我镇2023年政府信息公开工作」).
  /(20\d\d)\s*年度?政府信息公开工作/,
];

const PLAUSIBLE = (year: number) => year >= 2008 && year <= 2099;

/** Last resort: the year section 一 keeps talking about (临河区医保局 2023 names it only as 「2023年…」「2023年度…」). */
function mostMentionedYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const match of text.matchAll(/(20\d\d)\s*年/g)) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  // Two years mentioned equally often: no guess.
  return first && PLAUSIBLE(first[0]) && (!second || second[1] < first[1]) ? first[0] : null;
}

/** The year of the report, or null when its text names none. */
export function reportYearOf(text: string | null): number | null {
  if (!text) return null;
  const readable = arabicYears(text);
  for (const pattern of PATTERNS) {
    const match = pattern.exec(readable);
    const year = match ? Number(match[1]) : NaN;
    if (PLAUSIBLE(year)) return year;
  }
  return mostMentionedYear(readable);
}
