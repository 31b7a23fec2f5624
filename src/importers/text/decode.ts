/**
 * Bytes → text: UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset
 * of GBK and GB2312, the encodings Chinese Windows tools write). A BOM is dropped.
 */
import { DomainError } from '../../domain/shared/errors.ts';

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
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
