import type { EventType, OutcomeKey } from '../vocabulary.ts';
import type { PlaceholderName } from './placeholders.ts';

/**
 * The letters of 依申请公开, one per outcome and per procedural step of 条例第三十条至第四十二条.
 * Each kind names its article, who receives it, the ledger event it goes with, and the placeholders
 * its template must keep (the content the law requires the letter to state).
 */
export const LETTER_KINDS = ['answer', 'correction', 'extension', 'delay', 'thirdPartyConsultation', 'coMakerConsultation', 'feeNotice'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export type LetterRecipient = 'applicant' | 'thirdParty' | 'coMaker';

export interface LetterKindInfo {
  /** The name in lists and buttons. */
  label: string;
  /** The article the letter rests on. */
  article: string;
  recipient: LetterRecipient;
  /** The ledger event the letter goes with (recorded by the application workflow, not by the letter). */
  event: EventType;
  /** Placeholders a template of this kind may not drop. */
  required: readonly PlaceholderName[];
}

/**
 * Letters to a third party or a co-maker never name the applicant: the applicant's identity is
 * personal information (《个人信息保护法》第十三条) the consultation does not need.
 */
export const APPLICANT_ONLY_PLACEHOLDERS: readonly PlaceholderName[] = ['申请人', '受理编号'];

export const LETTER_KIND_INFO: Record<LetterKind, LetterKindInfo> = {
  answer: { label: '答复书', article: '条例第三十六条至第三十九条', recipient: 'applicant', event: 'answered', required: ['法律依据', '救济途径'] },
  correction: { label: '补正告知书', article: '条例第三十条', recipient: 'applicant', event: 'correctionRequested', required: ['补正事项', '补正期限'] },
  extension: { label: '延期答复告知书', article: '条例第三十三条第二款', recipient: 'applicant', event: 'extended', required: ['延长天数', '延长后期限'] },
  delay: { label: '延迟答复告知书', article: '条例第三十五条', recipient: 'applicant', event: 'delayed', required: ['延迟答复期限'] },
  thirdPartyConsultation: { label: '征求第三方意见函', article: '条例第三十二条', recipient: 'thirdParty', event: 'consultationStarted', required: ['第三方'] },
  coMakerConsultation: { label: '征求共同制作机关意见函', article: '条例第三十四条', recipient: 'coMaker', event: 'consultationStarted', required: ['共同制作机关'] },
  feeNotice: { label: '收费通知书', article: '条例第四十二条、国办函〔2020〕109号', recipient: 'applicant', event: 'feeNotified', required: ['收费标准', '金额', '缴费期限'] },
};

export function isLetterKind(value: unknown): value is LetterKind {
  return typeof value === 'string' && (LETTER_KINDS as readonly string[]).includes(value);
}

/** Answers share one template per group of table 三 (the first segment of the outcome key). */
export const ANSWER_GROUPS = ['granted', 'partial', 'withheld', 'unavailable', 'notProcessed', 'other'] as const;
export type AnswerGroup = (typeof ANSWER_GROUPS)[number];

export function answerGroupOf(outcome: OutcomeKey): AnswerGroup {
  return outcome.split('.')[0] as AnswerGroup;
}

/** A template is chosen by kind, and for answers by outcome group: `answer.withheld`, `correction`, … */
export type TemplateKey = Exclude<LetterKind, 'answer'> | `answer.${AnswerGroup}`;

export const TEMPLATE_KEYS: readonly TemplateKey[] = [
  ...ANSWER_GROUPS.map((group) => `answer.${group}` as const),
  ...LETTER_KINDS.filter((kind): kind is Exclude<LetterKind, 'answer'> => kind !== 'answer'),
];

export function isTemplateKey(value: unknown): value is TemplateKey {
  return typeof value === 'string' && (TEMPLATE_KEYS as readonly string[]).includes(value);
}

export function templateKeyOf(kind: LetterKind, outcome?: OutcomeKey | null): TemplateKey {
  if (kind !== 'answer') return kind;
  return `answer.${answerGroupOf(outcome ?? 'other.other')}`;
}

export function kindOfTemplateKey(key: TemplateKey): LetterKind {
  return key.startsWith('answer.') ? 'answer' : (key as LetterKind);
}

export const ANSWER_GROUP_LABELS: Record<AnswerGroup, string> = {
  granted: '予以公开',
  partial: '部分公开',
  withheld: '不予公开',
  unavailable: '无法提供',
  notProcessed: '不予处理',
  other: '其他处理',
};

/** The Chinese name of a template (shown in the back office). */
export function templateKeyLabel(key: TemplateKey): string {
  const kind = kindOfTemplateKey(key);
  return kind === 'answer' ? `答复书（${ANSWER_GROUP_LABELS[key.slice('answer.'.length) as AnswerGroup]}）` : LETTER_KIND_INFO[kind].label;
}
