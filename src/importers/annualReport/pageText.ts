/**
 * Bytes of an uploaded report → text, or a Chinese problem instead of an exception: the reader
 * returns what it could not read, it never crashes on a bad upload (size cap as for every importer).
 */
import { DomainError } from '../../domain/shared/errors.ts';
import { MAX_FILE_BYTES } from '../limits.ts';
import { decodeText } from '../text/decode.ts';
import type { ReadingCollector } from './reading.ts';

export function pageText(input: Uint8Array | string, collector: ReadingCollector): string | null {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_FILE_BYTES) {
    collector.problem(`文件过大（${(size / 1024 / 1024).toFixed(1)} MB），年度报告不能超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    return null;
  }
  if (typeof input === 'string') return input;
  try {
    return decodeText(input);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    collector.problem(error.message);
    return null;
  }
}
