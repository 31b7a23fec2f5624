import { createHmac, timingSafeEqual } from 'node:crypto';
import { derivedKey } from '../shared/csrf.ts';

/**
 * The 下载 PDF buttons of the public status page. Once the applicant has shown the tracking number and the
 * 查询码, each sent letter gets a token: its application, the letter and an expiry, signed with a key derived
 * from the server secret. The token goes back in a POST body (never a URL), opens that one letter only and
 * lapses after half an hour, so the page never carries the 查询码 and a copied page grants nothing lasting.
 */
export const LETTER_TOKEN_LIFETIME_MS = 30 * 60_000;

export interface LetterTokens {
  issue(applicationId: string, letterId: string, nowMs: number): string;
  /** The application the token opens this letter of, or null (forged, for another letter, or expired). */
  verify(token: string, letterId: string, nowMs: number): string | null;
}

export function letterTokens(secret: string): LetterTokens {
  const key = derivedKey(secret, 'sent letter download');
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url');
  return {
    issue(applicationId, letterId, nowMs) {
      const payload = `${applicationId}.${letterId}.${nowMs + LETTER_TOKEN_LIFETIME_MS}`;
      return `${Buffer.from(payload).toString('base64url')}.${sign(payload)}`;
    },
    verify(token, letterId, nowMs) {
      const [encoded, signature] = token.split('.');
      if (!encoded || !signature || token.length > 400) return null;
      const payload = Buffer.from(encoded, 'base64url').toString();
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      const [applicationId, tokenLetter, expires] = payload.split('.');
      if (!applicationId || tokenLetter !== letterId || !(Number(expires) > nowMs)) return null;
      return applicationId;
    },
  };
}
