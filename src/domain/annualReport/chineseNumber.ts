/** Numbers as reports write them: 15, 1,234, １５, 1.5, 十五, 一百零三, 两千三百, 三万二千. */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese numeral is written with (for building patterns). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/** A number written in Arabic digits (half- or full-width, with thousands commas) or in Chinese numerals; null when unreadable. */
export function parseNumber(text: string): number | null {
  const halfWidth = text.replace(/[０-９．，]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/,/g, '');
  if (/^\d+(\.\d+)?$/.test(halfWidth)) return Number(halfWidth);
  return parseChinese(text);
}

function parseChinese(text: string): number | null {
  if (text === '' || ![...text].every((ch) => CHINESE_NUMERAL_CHARS.includes(ch))) return null;
  const [high, low, ...rest] = text.split('万');
  if (rest.length > 0) return null;
  if (low === undefined) return parseBelowTenThousand(high!);
  const wan = high === '' ? 1 : parseBelowTenThousand(high!);
  const below = low === '' ? 0 : parseBelowTenThousand(low);
  return wan === null || below === null ? null : wan * 10000 + below;
}

function parseBelowTenThousand(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
      continue;
    }
    const unit = UNITS[ch];
    if (unit === undefined) return null;
    // 十五 = 15: a unit with no digit before it counts once.
    total += (digit ?? 1) * unit;
    digit = null;
  }
  return total + (digit ?? 0);
}
