import { gunzipSync, gzipSync } from 'node:zlib';
import { DomainError } from '../../../domain/shared/errors.ts';

/**
 * A minimal ustar (POSIX.1-1988) writer and reader for the backup archive: regular files only,
 * names under 100 bytes, no links, no owners. Readable by `tar -xzf`. Everything is in memory.
 */
const BLOCK = 512;

export interface ArchiveEntry {
  name: string;
  bytes: Uint8Array;
}

function header(name: string, size: number): Buffer {
  const block = Buffer.alloc(BLOCK);
  if (Buffer.byteLength(name) >= 100) throw new Error(`archive entry name too long: ${name}`);
  block.write(name, 0, 'utf8');
  block.write('0000644\0', 100, 'ascii');
  block.write('0000000\0', 108, 'ascii');
  block.write('0000000\0', 116, 'ascii');
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  block.write('00000000000\0', 136, 'ascii');
  block.write('        ', 148, 'ascii');
  block.write('0', 156, 'ascii');
  block.write('ustar\0' + '00', 257, 'ascii');
  block.write(`${checksum(block).toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return block;
}

/** Sum of the header's bytes with the checksum field read as spaces. */
function checksum(block: Buffer): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i += 1) sum += i >= 148 && i < 156 ? 0x20 : block[i]!;
  return sum;
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

export function packTarGz(entries: ArchiveEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) parts.push(header(entry.name, entry.bytes.byteLength), Buffer.from(entry.bytes), padding(entry.bytes.byteLength));
  parts.push(Buffer.alloc(2 * BLOCK));
  return gzipSync(Buffer.concat(parts));
}

const broken = (why: string) => new DomainError('validation.failed', `备份文件已损坏或不是 Gongkai 备份（${why}），未写入任何数据`);

/** Read every entry; a damaged archive (gzip, header checksum, truncation) is one Chinese line. */
export function unpackTarGz(archive: Uint8Array): Map<string, Buffer> {
  let tar: Buffer;
  try {
    tar = gunzipSync(archive);
  } catch {
    throw broken('无法解压');
  }
  const entries = new Map<string, Buffer>();
  for (let offset = 0; offset + BLOCK <= tar.length; ) {
    const block = tar.subarray(offset, offset + BLOCK);
    if (block.every((b) => b === 0)) return entries;
    const recorded = parseInt(block.toString('ascii', 148, 156).replace(/[\0 ]+$/, ''), 8);
    if (recorded !== checksum(block)) throw broken('文件头校验失败');
    const name = block.toString('utf8', 0, 100).replace(/\0.*$/s, '');
    const size = parseInt(block.toString('ascii', 124, 136).replace(/[\0 ]+$/, ''), 8);
    const start = offset + BLOCK;
    if (!Number.isSafeInteger(size) || start + size > tar.length) throw broken('内容不完整');
    entries.set(name, tar.subarray(start, start + size));
    offset = start + size + padding(size).length;
  }
  throw broken('缺少结尾');
}
