import { inflateRawSync } from 'node:zlib';
import { DomainError } from '../domain/shared/errors.ts';

/**
 * Guard rails shared by the file importers: size caps, and a small bounded
 * zip reader. Every archive entry is inflated with a hard output cap, so a zip
 * bomb stops at the cap instead of filling memory, whatever its headers claim.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 10_000;
/**
 * One XML part (document.xml, a worksheet …) inflated: the XML readers (xmldom, mammoth,
 * exceljs) need 60–100× its size in memory, so a few MB of dense XML already fills a parse
 * worker's heap (measured: docs/benchmarks.md, "Parsing in workers"). Our exported catalogs
 * need about 7.5 KB per item in word/document.xml, so 8 MB holds a catalog of 1,000 items.
 */
export const MAX_XML_PART_BYTES = 8 * 1024 * 1024;
const isXmlPart = (name: string) => /\.(xml|rels|vml)$/i.test(name);

export function unreadable(message: string): DomainError {
  return new DomainError('import.unreadable', message);
}

export function assertFileSize(bytes: Uint8Array): void {
  if (bytes.byteLength === 0) throw unreadable('文件是空的（0 字节），请检查上传的文件');
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new DomainError('import.too_large', `文件过大（${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB），目录文件不能超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  encrypted: boolean;
}

const CORRUPT_ZIP = '文件已损坏或不完整（压缩包结构无法读取），请重新导出或重新上传';

function u16(b: Uint8Array, at: number): number {
  if (at + 2 > b.length) throw unreadable(CORRUPT_ZIP);
  return b[at]! | (b[at + 1]! << 8);
}
function u32(b: Uint8Array, at: number): number {
  if (at + 4 > b.length) throw unreadable(CORRUPT_ZIP);
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;
}

/** Lists the entries of a zip archive from its central directory; no inflation. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  // End of central directory: 22 bytes + comment (≤ 65535), searched from the end.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw unreadable(CORRUPT_ZIP);
  const count = u16(bytes, eocd + 10);
  const cdOffset = u32(bytes, eocd + 16);
  if (count > MAX_ZIP_ENTRIES) throw new DomainError('import.too_large', `压缩包内文件过多（${count} 个），疑似异常文件，已拒绝`);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  let declaredTotal = 0;
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== 0x02014b50) throw unreadable(CORRUPT_ZIP);
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const uncompressedSize = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const localOffset = u32(bytes, at + 42);
    if (at + 46 + nameLength > bytes.length) throw unreadable(CORRUPT_ZIP);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    declaredTotal += uncompressedSize;
    if (declaredTotal > MAX_UNZIPPED_BYTES) throw zipBomb();
    if (isXmlPart(name) && uncompressedSize > MAX_XML_PART_BYTES) throw xmlPartTooLarge(name);
    entries.push({ name, method, compressedSize, uncompressedSize, localOffset, encrypted: (flags & 1) === 1 });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function xmlPartTooLarge(name: string): DomainError {
  return new DomainError('import.too_large', `文件内容过于庞大（${name} 解压后超过 ${MAX_XML_PART_BYTES / 1024 / 1024} MB），疑似异常文件，已拒绝；如确为正常文件，请拆分后再上传`);
}

function zipBomb(): DomainError {
  return new DomainError('import.too_large', `文件解压后超过 ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB，疑似压缩炸弹，已拒绝`);
}

/**
 * A zip archive read lazily and safely: each entry is inflated on demand with
 * an output cap (the remaining budget of MAX_UNZIPPED_BYTES for the archive).
 */
export class SafeZip {
  readonly entries: Map<string, ZipEntry>;
  private budget = MAX_UNZIPPED_BYTES;

  constructor(private readonly bytes: Uint8Array) {
    this.entries = new Map(listZipEntries(bytes).map((entry) => [entry.name, entry]));
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  read(name: string): Uint8Array | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    if (entry.encrypted) throw unreadable('文件已加密（受密码保护），请先去除密码再导入');
    const at = entry.localOffset;
    if (u32(this.bytes, at) !== 0x04034b50) throw unreadable(CORRUPT_ZIP);
    const start = at + 30 + u16(this.bytes, at + 26) + u16(this.bytes, at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw unreadable(CORRUPT_ZIP);
    const raw = this.bytes.subarray(start, end);
    // Whatever the headers claim, an XML part stops at its own cap and every part at the archive's remaining budget.
    const cap = isXmlPart(name) ? Math.min(MAX_XML_PART_BYTES, this.budget) : this.budget;
    const tooLarge = () => (cap < this.budget ? xmlPartTooLarge(name) : zipBomb());
    let out: Uint8Array;
    if (entry.method === 0) out = raw;
    else if (entry.method === 8) {
      try {
        out = inflateRawSync(raw, { maxOutputLength: Math.max(1, cap) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw tooLarge();
        throw unreadable(CORRUPT_ZIP);
      }
    } else throw unreadable(`文件使用了不支持的压缩方式（${entry.method}），请用 Word/Excel 另存为后再导入`);
    if (out.length > cap) throw tooLarge();
    this.budget -= out.length;
    if (this.budget < 0) throw zipBomb();
    return out;
  }

  readText(name: string): string | null {
    const data = this.read(name);
    return data === null ? null : new TextDecoder('utf-8').decode(data);
  }

  /** Inflates every entry (bounded) — proves the archive is sound before a third-party reader sees it. */
  verifyAll(): void {
    for (const name of this.entries.keys()) if (!name.endsWith('/')) this.read(name);
  }
}
