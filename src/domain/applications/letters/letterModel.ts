import type { LocalDate } from '../../shared/clock.ts';
import { LATE_PLACEHOLDERS, type PlaceholderValues } from './placeholders.ts';
import { renderTemplate } from './renderTemplate.ts';

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
