/**
 * The page of an official letter, after 《党政机关公文格式》（GB/T 9704-2012）: A4, 天头 37 mm,
 * 订口 28 mm, 版心 156 mm × 225 mm; title in 二号 (22 pt), body in 三号 (16 pt) with a fixed line
 * of about 28.9 pt (22 lines a page), paragraphs indented two characters, 附件说明 after the body,
 * the agency's name and the date on the right (右空二字/四字), and the page number as 「— 1 —」
 * in 四号 (14 pt) at the foot of the page (7.5).
 */
const MM = 72 / 25.4;

export const LETTER_PAGE = {
  /** A4 in points. */
  width: 595.28,
  height: 841.89,
  top: 37 * MM,
  left: 28 * MM,
  right: 595.28 - 28 * MM - 156 * MM,
  bottom: 841.89 - 37 * MM - 225 * MM,
} as const;

export const LETTER_TYPE = {
  titleSize: 22,
  numberSize: 16,
  bodySize: 16,
  pageNumberSize: 14,
  /** 225 mm / 22 lines. */
  lineHeight: (225 * MM) / 22,
  /** Two characters of the body size. */
  indent: 2 * 16,
} as const;

/** 「— 3 —」: GB/T 9704 7.5 puts one-character dashes on both sides of the page number. */
export function pageNumberText(page: number): string {
  return `— ${page} —`;
}

/** 「附件：1. 名称」 lines (GB/T 9704 7.3.4); one attachment is written without its number. */
export function attachmentLines(names: readonly string[]): string[] {
  if (names.length === 0) return [];
  if (names.length === 1) return [`附件：${names[0]}`];
  return names.map((name, i) => (i === 0 ? `附件：1. ${name}` : `${'\u3000'.repeat(3)}${i + 1}. ${name}`));
}

/** Points → twentieths of a point (Word's unit). */
export function twips(points: number): number {
  return Math.round(points * 20);
}
