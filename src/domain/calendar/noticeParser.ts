import type { LocalDate } from '../shared/clock.ts';
import { DomainError } from '../shared/errors.ts';
import type { CalendarDay } from './calendarDay.ts';
import { toHalfWidth } from './chineseText.ts';
import { dayNumberFromParts, daysInMonth, formatDayNumber, WEEKDAY_NAMES, weekdayOfDayNumber } from './localDate.ts';

/**
 * Reads the text of a State Council notice 国务院办公厅关于XXXX年部分节假日安排的通知
 * ("一、元旦：1月1日（周五）放假，共1天。二、春节：…放假调休，共8天。…（周日）上班。")
 * into days off and make-up workdays. Each numbered section is one holiday; in it,
 * the sentence with 放假 gives the range off and a sentence with 上班 the make-up days.
 * Sentences with neither (鼓励…安排职工在除夕休息) are ignored. Weekday notes such as
 * （周五） are checked against the computed date, so a wrong year cannot slip through.
 */
export interface ParsedHoliday {
  name: string;
  off: LocalDate[];
  makeup: LocalDate[];
  /** 共N天 / 放假N天 as the notice states it. */
  declaredDays: number | null;
}

export interface ParsedNotice {
  year: number;
  title: string | null;
  holidays: ParsedHoliday[];
  warnings: string[];
}

const HEADING = /(?:^|\n|。)[ \t]*([一二三四五六七八九十]{1,2})、([^：:\n。]{1,20})[：:]/g;
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:（([^）]*)）)?/g;
const TITLE = /关于(\d{4})年(?:部分)?节假日安排的通知/;

function unparsed(message: string): DomainError {
  return new DomainError('calendar.notice_unparsed', `节假日通知无法识别：${message}`);
}

export function parseHolidayNotice(input: string, options: { year?: number } = {}): ParsedNotice {
  const text = toHalfWidth(input.replace(/\r\n?/g, '\n').replace(/\(/g, '（').replace(/\)/g, '）'));
  const titleMatch = TITLE.exec(text);
  const titleYear = titleMatch ? Number(titleMatch[1]) : undefined;
  if (options.year && titleYear && options.year !== titleYear) throw unparsed(`指定年度 ${options.year} 与通知标题中的 ${titleYear} 年不一致`);
  const year = options.year ?? titleYear;
  if (!year) throw unparsed('未找到通知年度（标题应含"关于XXXX年部分节假日安排的通知"，或指定 --year）');
  if (year < 2000 || year > 2099) throw unparsed(`年度 ${year} 超出支持范围`);

  const headings = [...text.matchAll(HEADING)];
  if (headings.length === 0) throw unparsed('未找到"一、元旦：…"这样的分项');
  const warnings: string[] = [];
  const holidays = headings.map((h, i) => {
    const start = h.index + h[0].length;
    const end = i + 1 < headings.length ? headings[i + 1]!.index : text.length;
    const body = text.slice(start, end).split('\n')[0]!;
    return parseSection(h[2]!.trim(), body, year, warnings);
  });
  const seen = new Map<LocalDate, string>();
  for (const day of holidays.flatMap((h) => [...h.off, ...h.makeup].map((date) => ({ date, name: h.name })))) {
    if (seen.has(day.date)) throw unparsed(`${day.date} 同时出现在"${seen.get(day.date)}"和"${day.name}"中`);
    seen.set(day.date, day.name);
  }
  return { year, title: titleMatch ? titleMatch[0].replace(/^关于/, '国务院办公厅关于') : null, holidays, warnings };
}

function parseSection(name: string, body: string, year: number, warnings: string[]): ParsedHoliday {
  const sentences = body.split(/[。；]/);
  const offSentence = sentences.find((s) => s.includes('放假'));
  if (!offSentence) throw unparsed(`"${name}"一项中没有"放假"日期`);
  const offDates = datesIn(offSentence.slice(0, offSentence.indexOf('放假')), year, name);
  if (offDates.length === 0 || offDates.length > 2) throw unparsed(`"${name}"的放假日期应为"M月D日"或"M月D日至D日"：「${offSentence}」`);
  const first = offDates[0]!;
  const last = offDates.at(-1)!;
  if (last < first) throw unparsed(`"${name}"的放假结束日早于开始日`);
  const off: LocalDate[] = [];
  for (let n = first; n <= last; n++) off.push(formatDayNumber(n));
  const declared = /(?:共|放假)(\d+)天/.exec(body);
  const declaredDays = declared ? Number(declared[1]) : null;
  if (declaredDays !== null && declaredDays !== off.length) {
    warnings.push(`"${name}"：通知写共${declaredDays}天，解析出的放假日期为${off.length}天（${off[0]}至${off.at(-1)}），请核对`);
  }
  const makeup: LocalDate[] = [];
  for (const sentence of sentences.filter((s) => s.includes('上班'))) {
    for (const n of datesIn(sentence.slice(0, sentence.indexOf('上班')), year, name)) {
      const weekday = weekdayOfDayNumber(n);
      if (weekday === 0 || weekday === 6) makeup.push(formatDayNumber(n));
      else warnings.push(`"${name}"：${formatDayNumber(n)} 本就是工作日，已忽略其"上班"安排`);
    }
  }
  return { name, off, makeup, declaredDays };
}

/** Day numbers of the dates in a fragment; a missing month repeats the previous one. */
function datesIn(fragment: string, year: number, name: string): number[] {
  const out: number[] = [];
  let month: number | undefined;
  let currentYear: number | undefined;
  for (const m of fragment.matchAll(DATE)) {
    const explicitMonth = m[2] ? Number(m[2]) : undefined;
    if (explicitMonth === undefined && month === undefined) throw unparsed(`"${name}"中的日期缺少月份：「${m[0]}」`);
    const previousMonth = month;
    month = explicitMonth ?? month!;
    // 元旦 in December belongs to the year before the notice's year; a range may run from December into January.
    if (m[1]) currentYear = Number(m[1]);
    else if (currentYear === undefined) currentYear = month === 12 && name.includes('元旦') ? year - 1 : year;
    else if (previousMonth !== undefined && month < previousMonth) currentYear += 1;
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(currentYear, month)) throw unparsed(`"${name}"中的日期不存在：「${m[0]}」`);
    const n = dayNumberFromParts(currentYear, month, day);
    const note = /(?:周|星期)([日天一二三四五六])/.exec(m[4] ?? '');
    if (note) {
      const stated = '日天一二三四五六'.indexOf(note[1]!);
      const actual = weekdayOfDayNumber(n);
      if ((stated <= 1 ? 0 : stated - 1) !== actual) {
        throw unparsed(`"${name}"：${formatDayNumber(n)} 标注为${note[0]}，实际是${WEEKDAY_NAMES[actual]}（年度是否正确？）`);
      }
    }
    out.push(n);
  }
  return out;
}

/** The notice's days as calendar days, every one citing `source`. */
export function noticeCalendarDays(notice: ParsedNotice, source: string): CalendarDay[] {
  return notice.holidays.flatMap((h) => [
    ...h.off.map((date) => ({ date, kind: 'off' as const, name: h.name, source, noticeYear: notice.year })),
    ...h.makeup.map((date) => ({ date, kind: 'makeup_workday' as const, name: h.name, source, noticeYear: notice.year })),
  ]);
}
