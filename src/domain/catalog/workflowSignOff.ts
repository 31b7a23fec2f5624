import { ForbiddenError } from '../shared/errors.ts';

/**
 * Separation of duties in the sign-off chain. 《政府信息公开条例》第十七条 has each agency set up
 * its review system (审查机制) before information is released; the catalog form records it as the
 * three-level sign-off 填表人 → 复核人 → 审签人, which is only a review when three different people
 * sign. So within one round of a catalog version or a document, whoever submitted it (填表人) may
 * not review it, and neither the 填表人 nor the 复核人 may sign it off. System administrators get no
 * bypass: the rule looks at who signed, not at roles.
 */
export type SignOffStep = 'review' | 'approve';
export type SignOffRole = 'preparer' | 'reviewer';

/** Who has signed the current round so far (ids; null = the CLI operator or the system, who count as one person). */
export interface SignOffRound {
  preparerId: string | null;
  reviewerId: string | null;
}

/**
 * How strictly the rule applies. Strict by default; catalog versions of an agency that switched on
 * the audited one-person exception pass `allowOnePerson: true` (app/catalog/setOnePersonException.ts,
 * docs/adr/0010). Documents, 文书 and 年报 are always strict.
 */
export interface SignOffPolicy {
  allowOnePerson: boolean;
}

export const STRICT_SIGN_OFF: SignOffPolicy = { allowOnePerson: false };

/** The rule in one sentence, as users read it next to a refusal. */
export const SIGN_OFF_RULE = '填表人、复核人、审签人须为三个不同的人';

/** What is being signed: a catalog 版本, a 文件 (document), a 文书 (a letter of 依申请公开) or a 年度报告. */
export type SignOffSubject = '版本' | '文件' | '文书' | '年度报告';

const STEP_VERBS: Record<SignOffStep, string> = { review: '复核', approve: '审签' };
const ROLE_NAMES: Record<SignOffRole, string> = { preparer: '填表人', reviewer: '复核人' };

/** Which earlier signature of this round the actor already holds, making `step` a second signature; null when free to sign. */
export function signOffConflict(round: SignOffRound, step: SignOffStep, actorId: string | null, policy: SignOffPolicy = STRICT_SIGN_OFF): SignOffRole | null {
  if (policy.allowOnePerson) return null;
  if (round.preparerId === actorId) return 'preparer';
  if (step === 'approve' && round.reviewerId === actorId) return 'reviewer';
  return null;
}

/** The refusal shown to the actor (「您已是本版本的填表人，不能再复核」), or null when the actor may sign. */
export function signOffRefusal(round: SignOffRound, step: SignOffStep, actorId: string | null, subject: SignOffSubject, policy: SignOffPolicy = STRICT_SIGN_OFF): string | null {
  const conflict = signOffConflict(round, step, actorId, policy);
  return conflict ? `您已是本${subject}的${ROLE_NAMES[conflict]}，不能再${STEP_VERBS[step]}` : null;
}

/** Throws a ForbiddenError with the refusal when the actor already signed this round. */
export function assertSeparateSignOff(round: SignOffRound, step: SignOffStep, actorId: string | null, subject: SignOffSubject, policy: SignOffPolicy = STRICT_SIGN_OFF): void {
  const refusal = signOffRefusal(round, step, actorId, subject, policy);
  if (refusal) throw new ForbiddenError(`${refusal}（${SIGN_OFF_RULE}）`);
}
