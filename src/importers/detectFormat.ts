import { listZipEntries } from './limits.ts';

export type CatalogFileFormat = 'docx' | 'xlsx' | 'pdf' | 'text' | 'ole' | 'zip' | 'binary';

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((value, i) => bytes[at + i] === value);
}

/**
 * Detects a catalog file's format from its bytes, never from its name:
 * OOXML zips by their parts (word/document.xml vs xl/workbook.xml), PDF by
 * "%PDF-" (within the first KiB, as readers allow), OLE/CFB (encrypted OOXML or
 * legacy .doc/.xls) by D0 CF 11 E0, else text when the bytes decode as text.
 */
export function detectFormat(bytes: Uint8Array): CatalogFileFormat {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    try {
      const names = new Set(listZipEntries(bytes).map((entry) => entry.name));
      if (names.has('word/document.xml')) return 'docx';
      if (names.has('xl/workbook.xml')) return 'xlsx';
      // Non-standard part names: follow [Content_Types].xml's main part types.
      return 'zip';
    } catch {
      return 'zip';
    }
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i++) {
    if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return 'pdf';
  }
  return looksLikeText(bytes) ? 'text' : 'binary';
}

/** UTF-8 (or UTF-16 with BOM, or GB18030) text without NULs or many control bytes. */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  if (control > sample.length / 100) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(trimPartial(sample, bytes.length));
    return true;
  } catch {
    try {
      new TextDecoder('gb18030', { fatal: true }).decode(sample.subarray(0, Math.max(0, sample.length - 1)));
      return true;
    } catch {
      return false;
    }
  }
}

/** The sample may cut a UTF-8 sequence at its end; drop an incomplete tail. */
function trimPartial(sample: Uint8Array, fullLength: number): Uint8Array {
  if (sample.length === fullLength) return sample;
  const end = sample.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const byte = sample[end - i]!;
    if ((byte & 0xc0) === 0xc0) return sample.subarray(0, end - i);
    if ((byte & 0x80) === 0) break;
  }
  return sample;
}
