import type { LocalDate } from '../../shared/clock.ts';
import { OUTCOMES, type OutcomeKey } from '../vocabulary.ts';
import { chineseDate } from './letterModel.ts';
import type { LetterTemplate } from './letterTemplate.ts';
import { OUTCOME_SITUATIONS } from './defaultAnswerTemplates.ts';
import { LATE_PLACEHOLDERS, renderTemplate, type PlaceholderValues } from './placeholders.ts';
import { remedyValues, type RemedyBodies } from './remedy.ts';

/** What a draft is filled from: the application, the step's own facts and the agency's remedy bodies. */
export interface LetterFacts {
  applicantName?: string;
  ref?: string | null;
  receivedOn?: LocalDate;
  request?: string;
  /** The answer due date as the clock computes it now. */
  dueDate?: LocalDate | null;
  outcome?: OutcomeKey | null;
  /** Why information is withheld (条例第三十六条第（三）项: 告知申请人并说明理由). */
  reason?: string;
  /** What is provided: names of the attached information and the form. */
  provided?: string;
  correctionItems?: readonly string[];
  correctionDueDate?: LocalDate;
  extensionDays?: number;
  extendedDueDate?: LocalDate;
  extensionReason?: string;
  delayedUntil?: LocalDate;
  party?: string;
  feeStandard?: string;
  /** 元 */
  amount?: number;
  feeDueDate?: LocalDate;
  paymentMethod?: string;
  remedy?: RemedyBodies;
}

const date = (value: LocalDate | null | undefined) => (value ? chineseDate(value) : undefined);
const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);
/** A reason is set inside a sentence (「（…）」 or 「理由是：…。」): its own closing punctuation is dropped. */
const clause = (value: string | null | undefined) => text(value)?.replace(/[。．.；;，,]+$/u, '') || undefined;

function numbered(items: readonly string[] | undefined): string | undefined {
  const kept = (items ?? []).map((item) => item.trim()).filter((item) => item !== '');
  return kept.length ? kept.map((item, i) => `${i + 1}. ${item}`).join('\n') : undefined;
}

/** The placeholder values the facts give; a placeholder without a fact stays undefined. */
export function letterValues(facts: LetterFacts): PlaceholderValues {
  const outcome = facts.outcome ?? null;
  return {
    申请人: text(facts.applicantName),
    受理编号: text(facts.ref ?? undefined),
    收到申请日期: date(facts.receivedOn),
    申请内容: text(facts.request),
    答复期限: date(facts.dueDate),
    答复情形: outcome ? OUTCOME_SITUATIONS[outcome] : undefined,
    答复类型: outcome ? OUTCOMES[outcome].label : undefined,
    法律依据: outcome ? OUTCOMES[outcome].basis : undefined,
    答复理由: clause(facts.reason),
    提供的信息: text(facts.provided),
    补正事项: numbered(facts.correctionItems),
    补正期限: date(facts.correctionDueDate),
    延长天数: facts.extensionDays !== undefined ? String(facts.extensionDays) : undefined,
    延长后期限: date(facts.extendedDueDate),
    延期理由: text(facts.extensionReason),
    延迟答复期限: date(facts.delayedUntil),
    第三方: text(facts.party),
    共同制作机关: text(facts.party),
    收费标准: text(facts.feeStandard),
    金额: facts.amount !== undefined ? facts.amount.toFixed(2) : undefined,
    缴费期限: date(facts.feeDueDate),
    缴费方式: text(facts.paymentMethod),
    ...remedyValues(facts.remedy),
  };
}

/** A draft: the template filled from the facts, keeping only {文号} {日期} {机关名称} for approval. */
export function draftLetter(template: LetterTemplate, facts: LetterFacts): LetterTemplate {
  const values = letterValues(facts);
  const fill = (value: string, field: string) => renderTemplate(value, values, { keep: LATE_PLACEHOLDERS, field });
  return { title: fill(template.title, '标题'), addressee: fill(template.addressee, '称谓'), body: fill(template.body, '正文') };
}
