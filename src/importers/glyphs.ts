/**
 * Check-box glyphs written in symbol fonts (Wingdings, Wingdings 2, Symbol)
 * mapped to their Unicode look-alikes, so a reader can pass them on as text.
 * Codes are the low byte of the font's private-use character (F0FE → FE).
 */
const WINGDINGS: Record<number, string> = {
  0x6e: '■',
  0x6f: '□',
  0x71: '□',
  0x72: '□',
  0xa7: '■',
  0xa8: '□',
  0x78: '☒',
  0xfb: '×',
  0xfc: '√',
  0xfd: '☒',
  0xfe: '☑',
};
const WINGDINGS2: Record<number, string> = {
  0x4f: '×',
  0x50: '√',
  0x52: '☑',
  0x53: '☒',
  0x54: '☒',
  0xa3: '□',
  0x2a: '□',
};
const SYMBOL: Record<number, string> = { 0xd6: '√', 0xb4: '×', 0xa0: '□' };

/** The glyph a symbol-font character shows, or null when the font is not a symbol font we know. */
export function symbolGlyph(font: string | null | undefined, code: number): string | null {
  const name = (font ?? '').toLowerCase().replace(/\s+/g, '');
  const low = code >= 0xf000 ? code - 0xf000 : code;
  if (name === 'wingdings') return WINGDINGS[low] ?? null;
  if (name === 'wingdings2') return WINGDINGS2[low] ?? null;
  if (name === 'symbol') return SYMBOL[low] ?? null;
  return null;
}

export function isSymbolFont(font: string | null | undefined): boolean {
  return /^(wingdings2?|symbol)$/i.test((font ?? '').replace(/\s+/g, ''));
}

/** Glyphs that read as a ticked box / an empty box. */
export const CHECKED_GLYPHS = new Set(['■', '☑', '☒', 'þ', '√', '✓', '✔']);
export const UNCHECKED_GLYPHS = new Set(['□', '☐', '口', '¨', 'o']);
