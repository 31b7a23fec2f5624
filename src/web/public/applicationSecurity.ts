/**
 * Spam and privacy guards of the public application form (条例第二十九条, issue 9):
 * a signed form-issued-at token (a bot that posts at once, or a form left open for days, is told),
 * the flood-limit source key (a keyed hash of the client address — the raw address is never stored),
 * and the one-time receipt that carries the 受理编号 and 查询码 from the POST to the GET after it
 * in an encrypted cookie, so the query code never appears in a URL or a log line.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { derivedKey } from '../shared/csrf.ts';

/** A human needs more than this to fill in the form; a script posting at once does not. */
export const MIN_FILL_MS = 3_000;
/** A form older than this is refused, so a harvested token cannot be replayed for long. */
export const MAX_FORM_AGE_MS = 24 * 3600 * 1000;
/** The hidden field people never see; bots that fill every box fill it too. */
export const HONEYPOT_FIELD = 'homepage';
export const ISSUED_FIELD = '_issued';
export const RECEIPT_PATH = '/apply/receipt';
const RECEIPT_COOKIE = 'gk_receipt';
const RECEIPT_LIFETIME_MS = 15 * 60 * 1000;

export interface Receipt {
  trackingNo: string;
  queryCode: string;
  agencyId: string;
  agencyName: string;
  submittedOn: string;
}

export type FormTimingProblem = 'tooFast' | 'expired' | 'invalid';

export const FORM_TIMING_MESSAGES: Record<FormTimingProblem, string> = {
  tooFast: '提交过快，系统未能确认是本人填写。请核对填写的内容，再点一次“提交申请”。',
  expired: '表单打开已超过一天，已经失效。您填写的内容已保留，请核对后再点一次“提交申请”。',
  invalid: '表单已失效。您填写的内容已保留，请核对后再点一次“提交申请”。',
};

export interface ApplicationGuard {
  issueFormToken(agencyId: string, nowIso: string): string;
  checkFormToken(agencyId: string, token: unknown, nowIso: string): FormTimingProblem | null;
  sourceKeyOf(address: string): string;
  setReceipt(request: FastifyRequest, reply: FastifyReply, receipt: Receipt, nowIso: string): void;
  takeReceipt(request: FastifyRequest, reply: FastifyReply, nowIso: string): Receipt | null;
}

/** Every key is derived from the session secret for one purpose only. */
export function applicationGuard(secret: string): ApplicationGuard {
  const formKey = derivedKey(secret, 'application form issued-at');
  const sourceKey = derivedKey(secret, 'application source address');
  const receiptKey = createHash('sha256').update(derivedKey(secret, 'application receipt')).digest();
  const sign = (agencyId: string, issued: string) => createHmac('sha256', formKey).update(`${agencyId}\u0000${issued}`).digest('base64url');

  return {
    issueFormToken(agencyId, nowIso) {
      const issued = String(Date.parse(nowIso));
      return `${issued}.${sign(agencyId, issued)}`;
    },
    checkFormToken(agencyId, token, nowIso) {
      if (typeof token !== 'string' || !/^\d{1,15}\.[\w-]{43}$/.test(token)) return 'invalid';
      const [issued = '', mac = ''] = token.split('.');
      if (!timingSafeEqual(Buffer.from(mac), Buffer.from(sign(agencyId, issued)))) return 'invalid';
      const age = Date.parse(nowIso) - Number(issued);
      if (age < MIN_FILL_MS) return 'tooFast';
      return age > MAX_FORM_AGE_MS ? 'expired' : null;
    },
    sourceKeyOf(address) {
      return createHmac('sha256', sourceKey).update(address).digest('hex');
    },
    // AES-256-GCM: the applicant's own browser holds the receipt for a few minutes, unreadable and unforgeable.
    setReceipt(request, reply, receipt, nowIso) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', receiptKey, iv);
      const plain = JSON.stringify({ ...receipt, expires: Date.parse(nowIso) + RECEIPT_LIFETIME_MS });
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const value = Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
      reply.setCookie(RECEIPT_COOKIE, value, { path: RECEIPT_PATH, httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https', maxAge: RECEIPT_LIFETIME_MS / 1000 });
    },
    takeReceipt(request, reply, nowIso) {
      const value = request.cookies?.[RECEIPT_COOKIE];
      if (!value) return null;
      reply.clearCookie(RECEIPT_COOKIE, { path: RECEIPT_PATH });
      try {
        const bytes = Buffer.from(value, 'base64url');
        const decipher = createDecipheriv('aes-256-gcm', receiptKey, bytes.subarray(0, 12));
        decipher.setAuthTag(bytes.subarray(12, 28));
        const plain = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
        const parsed = JSON.parse(plain) as Receipt & { expires: number };
        if (parsed.expires < Date.parse(nowIso)) return null;
        return { trackingNo: parsed.trackingNo, queryCode: parsed.queryCode, agencyId: parsed.agencyId, agencyName: parsed.agencyName, submittedOn: parsed.submittedOn };
      } catch {
        return null;
      }
    },
  };
}
