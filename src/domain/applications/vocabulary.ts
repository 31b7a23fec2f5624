/**
 * The fixed vocabulary of 依申请公开 (applications-contract.md §1–§2): outcome keys in
 * the order of the 2021 annual-report table 三, applicant types, channels, delivery
 * forms and ledger event types, each with the Chinese label users see.
 */

/** 条例第三十六条至第三十九条、第三十五条 → 年报表三 rows (contract §1). */
export const OUTCOME_KEYS = [
  'granted',
  'partial',
  'withheld.stateSecret',
  'withheld.lawProhibits',
  'withheld.threeSecurities',
  'withheld.thirdParty',
  'withheld.internalAffairs',
  'withheld.processInfo',
  'withheld.enforcementFile',
  'withheld.administrativeQuery',
  'unavailable.notHeld',
  'unavailable.needsCreation',
  'unavailable.unclearAfterCorrection',
  'notProcessed.petition',
  'notProcessed.repeat',
  'notProcessed.publication',
  'notProcessed.excessive',
  'notProcessed.confirmation',
  'other.noCorrection',
  'other.feeUnpaid',
  'other.other',
] as const;
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];

export interface OutcomeInfo {
  /** The table 三 row label, exactly as the 2021 format prints it. */
  row: string;
  /** The group of table 三 it belongs to: （一）…（六）. */
  group: string;
  /** Short label for lists and letters. */
  label: string;
  /** The article the answer rests on, cited in the 答复书. */
  basis: string;
}

export const OUTCOMES: Record<OutcomeKey, OutcomeInfo> = {
  granted: { group: '（一）予以公开', row: '（一）予以公开', label: '予以公开', basis: '《中华人民共和国政府信息公开条例》第三十六条第（一）项、第（二）项' },
  partial: { group: '（二）部分公开', row: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', label: '部分公开', basis: '《中华人民共和国政府信息公开条例》第三十七条' },
  'withheld.stateSecret': { group: '（三）不予公开', row: '1.属于国家秘密', label: '不予公开（属于国家秘密）', basis: '《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项' },
  'withheld.lawProhibits': { group: '（三）不予公开', row: '2.其他法律行政法规禁止公开', label: '不予公开（其他法律行政法规禁止公开）', basis: '《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项' },
  'withheld.threeSecurities': { group: '（三）不予公开', row: '3.危及“三安全一稳定”', label: '不予公开（危及“三安全一稳定”）', basis: '《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项' },
  'withheld.thirdParty': { group: '（三）不予公开', row: '4.保护第三方合法权益', label: '不予公开（保护第三方合法权益）', basis: '《中华人民共和国政府信息公开条例》第十五条、第三十二条、第三十六条第（三）项' },
  'withheld.internalAffairs': { group: '（三）不予公开', row: '5.属于三类内部事务信息', label: '不予公开（属于内部事务信息）', basis: '《中华人民共和国政府信息公开条例》第十六条第一款、第三十六条第（三）项' },
  'withheld.processInfo': { group: '（三）不予公开', row: '6.属于四类过程性信息', label: '不予公开（属于过程性信息）', basis: '《中华人民共和国政府信息公开条例》第十六条第二款、第三十六条第（三）项' },
  'withheld.enforcementFile': { group: '（三）不予公开', row: '7.属于行政执法案卷', label: '不予公开（属于行政执法案卷）', basis: '《中华人民共和国政府信息公开条例》第十六条第二款、第三十六条第（三）项' },
  'withheld.administrativeQuery': { group: '（三）不予公开', row: '8.属于行政查询事项', label: '不予公开（属于行政查询事项）', basis: '《中华人民共和国政府信息公开条例》第三十六条第（七）项' },
  'unavailable.notHeld': { group: '（四）无法提供', row: '1.本机关不掌握相关政府信息', label: '无法提供（本机关不掌握）', basis: '《中华人民共和国政府信息公开条例》第三十六条第（四）项、第（五）项' },
  'unavailable.needsCreation': { group: '（四）无法提供', row: '2.没有现成信息需要另行制作', label: '无法提供（需要另行制作）', basis: '《中华人民共和国政府信息公开条例》第三十八条' },
  'unavailable.unclearAfterCorrection': { group: '（四）无法提供', row: '3.补正后申请内容仍不明确', label: '无法提供（补正后仍不明确）', basis: '《中华人民共和国政府信息公开条例》第三十条' },
  'notProcessed.petition': { group: '（五）不予处理', row: '1.信访举报投诉类申请', label: '不予处理（信访举报投诉类）', basis: '《中华人民共和国政府信息公开条例》第三十九条第一款' },
  'notProcessed.repeat': { group: '（五）不予处理', row: '2.重复申请', label: '不予处理（重复申请）', basis: '《中华人民共和国政府信息公开条例》第三十六条第（六）项' },
  'notProcessed.publication': { group: '（五）不予处理', row: '3.要求提供公开出版物', label: '不予处理（要求提供公开出版物）', basis: '《中华人民共和国政府信息公开条例》第三十九条第二款' },
  'notProcessed.excessive': { group: '（五）不予处理', row: '4.无正当理由大量反复申请', label: '不予处理（无正当理由大量反复申请）', basis: '《中华人民共和国政府信息公开条例》第三十五条' },
  'notProcessed.confirmation': { group: '（五）不予处理', row: '5.要求行政机关确认或重新出具已获取信息', label: '不予处理（要求确认或重新出具已获取信息）', basis: '《中华人民共和国政府信息公开条例》第三十九条' },
  'other.noCorrection': { group: '（六）其他处理', row: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', label: '逾期不补正，不再处理', basis: '《中华人民共和国政府信息公开条例》第三十条' },
  'other.feeUnpaid': { group: '（六）其他处理', row: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', label: '逾期未缴费，不再处理', basis: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）' },
  'other.other': { group: '（六）其他处理', row: '3.其他', label: '其他处理', basis: '《中华人民共和国政府信息公开条例》第三十六条第（七）项' },
};

export function isOutcomeKey(value: unknown): value is OutcomeKey {
  return typeof value === 'string' && (OUTCOME_KEYS as readonly string[]).includes(value);
}

/** Table 三 columns (contract §1). */
export const APPLICANT_TYPES = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legal', 'other'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

export const APPLICANT_TYPE_LABELS: Record<ApplicantType, string> = {
  naturalPerson: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legal: '法律服务机构',
  other: '其他组织',
};

export function isApplicantType(value: unknown): value is ApplicantType {
  return typeof value === 'string' && (APPLICANT_TYPES as readonly string[]).includes(value);
}

/** How the application arrived; 条例第三十一条 fixes the receipt date per channel. */
export const CHANNELS = ['inPerson', 'post', 'online', 'fax', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  inPerson: '当面提交',
  post: '邮寄信件',
  online: '网上申请',
  fax: '传真',
  other: '其他',
};

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/** The form of provision the contract records (条例第二十九条第（三）项、第四十条). */
export const DELIVERY_FORMS = ['paper', 'electronic', 'email', 'inspection', 'other'] as const;
export type DeliveryForm = (typeof DELIVERY_FORMS)[number];

export const DELIVERY_FORM_LABELS: Record<DeliveryForm, string> = {
  paper: '纸质',
  electronic: '电子',
  email: '电子邮件',
  inspection: '当场阅读',
  other: '其他',
};

export function isDeliveryForm(value: unknown): value is DeliveryForm {
  return typeof value === 'string' && (DELIVERY_FORMS as readonly string[]).includes(value);
}

/** The medium and the way of obtaining it, as the online form asks (条例第二十九条第（三）项). */
export const MEDIA = ['paper', 'electronic'] as const;
export type Medium = (typeof MEDIA)[number];
export const MEDIUM_LABELS: Record<Medium, string> = { paper: '纸质', electronic: '电子' };

export const DELIVERY_WAYS = ['post', 'email', 'pickup', 'inspection'] as const;
export type DeliveryWay = (typeof DELIVERY_WAYS)[number];
export const DELIVERY_WAY_LABELS: Record<DeliveryWay, string> = {
  post: '邮寄',
  email: '电子邮件',
  pickup: '自行领取',
  inspection: '当场阅读',
};

/** The contract's deliveryForm for a medium and a way chosen on the form. */
export function deliveryFormOf(medium: Medium, way: DeliveryWay): DeliveryForm {
  if (way === 'inspection') return 'inspection';
  if (way === 'email') return 'email';
  return medium === 'paper' ? 'paper' : 'electronic';
}

/** Ledger events (contract §2–§3). */
export const EVENT_TYPES = [
  'correctionRequested',
  'correctionReceived',
  'consultationStarted',
  'consultationEnded',
  'extended',
  'delayed',
  'feeNotified',
  'feePaid',
  'answered',
  'withdrawn',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_LABELS: Record<EventType, string> = {
  correctionRequested: '发出补正告知',
  correctionReceived: '收到补正材料',
  consultationStarted: '开始征求意见',
  consultationEnded: '征求意见结束',
  extended: '延长答复期限',
  delayed: '确定延迟答复期限',
  feeNotified: '发出收费通知',
  feePaid: '缴纳信息处理费',
  answered: '作出答复',
  withdrawn: '申请人撤回申请',
};

/** Consultation kinds: a third party (条例第三十二条) or the co-makers of the information (条例第三十四条). */
export const CONSULTATION_KINDS = ['thirdParty', 'coMaker'] as const;
export type ConsultationKind = (typeof CONSULTATION_KINDS)[number];
export const CONSULTATION_KIND_LABELS: Record<ConsultationKind, string> = {
  thirdParty: '征求第三方意见（条例第三十二条）',
  coMaker: '征求共同制作机关意见（条例第三十四条）',
};

/** Identity documents a natural person or an organisation may give (条例第二十九条第（一）项). */
export const ID_TYPES = ['residentId', 'passport', 'hkMacaoPass', 'taiwanPass', 'foreignPermit', 'creditCode', 'otherId'] as const;
export type IdType = (typeof ID_TYPES)[number];
export const ID_TYPE_LABELS: Record<IdType, string> = {
  residentId: '居民身份证',
  passport: '护照',
  hkMacaoPass: '港澳居民来往内地通行证',
  taiwanPass: '台湾居民来往大陆通行证',
  foreignPermit: '外国人永久居留身份证',
  creditCode: '统一社会信用代码',
  otherId: '其他证件',
};
