import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { LocalDate } from '../../domain/shared/clock.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { trackingNoExists } from '../../storage/repositories/application.repository.ts';
import type { Database } from '../../storage/schema.ts';

/**
 * 受理编号: the date and six random digits (e.g. 20261207-483920), so numbers cannot be
 * enumerated; 查询码: eight random digits shown once to the applicant. Only the code's
 * hash is stored; the status page needs both.
 */
export async function newTrackingNo(db: Kysely<Database>, today: LocalDate): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const candidate = `${today.replace(/-/g, '')}-${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
    if (!(await trackingNoExists(db, candidate))) return candidate;
  }
  throw new DomainError('conflict', '无法生成受理编号，请稍后重试');
}

export function newQueryCode(): string {
  return String(randomInt(0, 100_000_000)).padStart(8, '0');
}

export function hashQueryCode(code: string): string {
  return createHash('sha256').update(`gongkai-query-code:${code.replace(/\s/g, '')}`).digest('hex');
}

/** Constant-time comparison of a typed code with the stored hash. */
export function queryCodeMatches(code: string, storedHash: string): boolean {
  const a = Buffer.from(hashQueryCode(code), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Same applicant, same request: the duplicate guard's key (whitespace and case folded). */
export function dedupeKey(agencyId: string, idNumber: string | undefined, name: string, request: string): string {
  const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return createHash('sha256').update([agencyId, fold(idNumber ?? ''), fold(name), fold(request)].join('\u0000')).digest('hex');
}
