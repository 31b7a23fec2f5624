/**
 * Bytes → text: UTF-16 with a BOM (LE or BE) or without one (told by its zero bytes), UTF-8 when
 * the bytes are valid UTF-8, else GB18030 (a superset of GBK and GB2312, the encodings Chinese
 * Windows tools write). A BOM is dropped.
 */
import { DomainError } from '../../domain/shared/errors.ts';

/**
 * UTF-16 saved without a BOM: ASCII characters (digits, tabs, line breaks) leave a zero byte
 * beside them; which side tells the byte order. Null when the bytes do not look so.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  const sample = Math.min(bytes.length, 4096);
  for (let i = 0; i + 1 < sample; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = sample / 2;
  // Han characters can have a zero low byte too (一 is U+4E00): compare the two sides.
  if (oddZero > pairs * 0.05 && evenZero * 4 < oddZero) return 'utf-16le';
  if (evenZero > pairs * 0.05 && oddZero * 4 < evenZero) return 'utf-16be';
  return null;
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const wide = utf16WithoutBom(bytes);
  if (wide) return new TextDecoder(wide).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new DomainError('import.unreadable', '无法识别文件的文字编码（既不是 UTF-8，也不是 GBK/GB18030）');
    }
  }
}

/** Line endings to \n, HTML check-boxes to ☑/☐, entities and non-breaking spaces to plain text. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/<input\b[^>]*>/gi, (tag) => (/\bchecked\b/i.test(tag) ? '☑' : '☐'))
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\u00a0/g, ' ');
}
