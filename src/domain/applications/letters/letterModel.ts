import type { LocalDate } from '../../shared/clock.ts';
import { ValidationError } from '../../shared/errors.ts';
import { LATE_PLACEHOLDERS, renderTemplate, type PlaceholderValues } from './placeholders.ts';

/**
 * A letter ready to print: what the Word and PDF exporters lay out in the form of an official
 * letter (title, 文号 line, addressee, indented body paragraphs, attachments, signature and date).
 */
export interface LetterModel {
  title: string;
  /** The 文号 line; before approval it says that the number is assigned at 审签. */
  numberLine: string;
  addressee: string;
  paragraphs: string[];
  /** Names of the information provided, listed as 附件 after the body. */
  attachments: string[];
  agencyName: string;
  dateLine: string;
}

export const NUMBER_PENDING = '（文号在审签时编定）';
export const DATE_PENDING = '（成文日期在审签时填写）';

/** 2026-03-05 → 2026年3月5日, as letters write dates. */
export function chineseDate(date: LocalDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

export interface LetterContent {
  title: string;
  addressee: string;
  /** The body as stored (rendered, then edited); may still contain {文号} {日期} {机关名称}. */
  body: string;
  number: string | null;
  agencyName: string;
  /** The day of approval; null for a draft. */
  date: LocalDate | null;
  attachments?: readonly string[];
}

/** Fills the late placeholders and splits the body into paragraphs (one per non-empty line). */
export function buildLetterModel(content: LetterContent): LetterModel {
  const numberLine = content.number ?? NUMBER_PENDING;
  const dateLine = content.date ? chineseDate(content.date) : DATE_PENDING;
  const values: PlaceholderValues = { 文号: numberLine, 日期: dateLine, 机关名称: content.agencyName };
  const fill = (text: string, field: string) => renderTemplate(text, values, { keep: LATE_PLACEHOLDERS, field });
  return {
    title: fill(content.title, '标题'),
    numberLine,
    addressee: fill(content.addressee, '称谓'),
    paragraphs: fill(content.body, '正文')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    attachments: [...(content.attachments ?? [])],
    agencyName: content.agencyName,
    dateLine,
  };
}

/**
 * Refuses an edited letter text that still holds a placeholder other than {文号} {日期} {机关名称}:
 * after drafting, everything else is written out, so a leftover would print literally.
 */
export function assertEditedText(text: string, field: string): void {
  renderTemplate(text, {}, { keep: LATE_PLACEHOLDERS, field });
}

/**
 * The number of a letter in the agency's series: prefix, year in 六角括号 and serial, as
 * 《党政机关公文格式》（GB/T 9704-2012）7.2.4 writes a 发文字号 — e.g. 中卫医保依公〔2026〕3号.
 * Serials start at 1 each year, are assigned when the letter is approved and never reused.
 */
export function formatLetterNumber(prefix: string, year: number, serial: number): string {
  return `${prefix}〔${year}〕${serial}号`;
}

const PREFIX_PATTERN = /^[\p{Script=Han}A-Za-z0-9]{1,20}$/u;

/** Problems with a letter prefix typed in the back office, or null. */
export function letterPrefixProblem(prefix: string): string | null {
  const trimmed = prefix.trim();
  if (trimmed === '') return '文号前缀不能为空（例如“中卫医保依公”）';
  if (!PREFIX_PATTERN.test(trimmed)) return '文号前缀只能由汉字、字母和数字组成，不超过20个字，年份和“号”由系统添加';
  return null;
}

export function assertLetterPrefix(prefix: string): string {
  const problem = letterPrefixProblem(prefix);
  if (problem) throw new ValidationError(problem, [{ path: 'prefix', message: problem }]);
  return prefix.trim();
}

/** A prefix for an agency that has not chosen one: its short name and 依公 (依申请公开). */
export function defaultLetterPrefix(agencyName: string): string {
  const han = [...agencyName].filter((char) => /\p{Script=Han}/u.test(char)).join('');
  const short = han.replace(/(人民政府|医疗保障局)$/u, (suffix) => (suffix === '医疗保障局' ? '医保' : '政'));
  return `${short.slice(0, 14) || '本机关'}依公`;
}
