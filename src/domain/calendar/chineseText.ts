/**
 * Text normalisation shared by the 公开时限 parser and the notice parser:
 * full-width digits and punctuation, Chinese numerals before units (二十个工作日 → 20个工作日).
 */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一…九十九 as a number; NaN for anything else. */
export function chineseNumber(text: string): number {
  if (text === '十') return 10;
  const tens = text.indexOf('十');
  if (tens === -1) return text.length === 1 && text in DIGITS ? DIGITS[text]! : NaN;
  const high = tens === 0 ? 1 : DIGITS[text.slice(0, tens)];
  const lowText = text.slice(tens + 1);
  const low = lowText === '' ? 0 : DIGITS[lowText];
  return high === undefined || low === undefined || lowText.length > 1 || tens > 1 ? NaN : high * 10 + low;
}

/** Full-width ASCII (０-９, Ａ-Ｚ, ：) to half-width; spaces (incl. 全角空格) removed. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[ \t\u3000\u00a0]+/g, '');
}

/** Chinese numerals directly before a unit become digits: 二十个工作日 → 20个工作日, 十五日 → 15日. */
export function numeralsToDigits(text: string): string {
  return text.replace(/(?<![上下每本今明去前第])([零〇一二两三四五六七八九十]{1,3})(?=个|工作日|日|天|周|月(?!底)|年(?!度))/g, (whole, numeral: string) => {
    const n = chineseNumber(numeral);
    return Number.isNaN(n) ? whole : String(n);
  });
}

export function normaliseChinese(text: string): string {
  return numeralsToDigits(toHalfWidth(text.replace(/\(/g, '（').replace(/\)/g, '）')));
}
