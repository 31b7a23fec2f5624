/**
 * The words of a line of fixed-column text (what `pdftotext -layout` prints for a
 * table): runs of non-space characters with their character positions. Positions
 * are counted in characters as stored in the file — a CJK character is one
 * position, although terminals draw it two wide — because pdftotext places every
 * text fragment at a character column of its own, at least one space after the
 * fragment to its left.
 */

export interface Word {
  text: string;
  /** Character position of the first character (0-based). */
  start: number;
  /** Character position just after the last character. */
  end: number;
  /** Spaces between this word and the previous one on the line (Infinity for the first word). */
  gap: number;
}

/** The words of one line, left to right. */
export function wordsOf(line: string): Word[] {
  const out: Word[] = [];
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const match of line.matchAll(/[^ \t]+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    out.push({ text: match[0], start, end, gap: out.length === 0 ? Number.POSITIVE_INFINITY : start - previousEnd });
    previousEnd = end;
  }
  return out;
}

/**
 * The printed width of a text in CJK character widths: a Latin letter, digit or
 * space is about half a CJK character in the fonts catalogs use, so a line of
 * digits takes more positions in the file than room on the page.
 */
export function printedWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch === ' ') width += 0.25;
    else width += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
  }
  return width;
}

/** How many words of the lines start at each position. */
export function wordStarts(lines: readonly string[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const line of lines) for (const word of wordsOf(line)) counts.set(word.start, (counts.get(word.start) ?? 0) + 1);
  return counts;
}

/** Text with a run of two or more spaces between non-space characters (a fixed-column line). */
export function hasInnerGap(line: string): boolean {
  return /\S {2,}\S/.test(line);
}

/** Page numbers printed under a table: 第 3 页, - 3 -, 3/12, 第3页 共12页. */
export function isPageNumberLine(line: string): boolean {
  const t = line.trim();
  return /^(第\s*\d+\s*页(\s*[，,]?\s*共\s*\d+\s*页)?|[-—–]\s*\d+\s*[-—–]|\d+\s*[/／]\s*\d+)$/.test(t);
}

/**
 * pdftotext prints a number apart from the Chinese text around it (起 20 个工作日内, 第 711 号): a unit
 * (个 号 日 …) one space after a number, and a number one space after Chinese text (where the cell has
 * room for it: not 《……行政处罚 | 7 个工作日内), belong to the same text.
 */
export function numberAfterText(before: string, word: string): boolean {
  return /[\u4e00-\u9fff]$/.test(before) && /^\d+$/.test(word);
}

export function unitAfterNumber(before: string, word: string): boolean {
  return /\d$/.test(before) && /^[个号日月年天项条款次名元]/.test(word);
}

/** Chinese text, not a number's unit, one space after a number (日起 20 | 源和社): no text pdftotext prints apart from its number. */
export function chineseAfterNumber(before: string, word: string): boolean {
  return /\d$/.test(before) && /^[\u4e00-\u9fff]/.test(word) && !unitAfterNumber(before, word);
}

/** Chinese text on both sides of a space: pdftotext prints one cell's line as one run, so the space parts two cells. */
export function chineseApart(before: string, word: string): boolean {
  return /[\u4e00-\u9fff]$/.test(before) && /^[\u4e00-\u9fff]/.test(word);
}
