/**
 * The words agencies write in their 台账 for outcomes, applicant types, channels and forms,
 * mapped to the contract's keys (applications-contract.md §1–§2). Rules are data, tried in
 * order; a text no rule recognises is reported, never guessed.
 */
import type { ApplicantType, Channel, ConsultationKind, DeliveryForm, IdType, OutcomeKey } from '../../domain/applications/vocabulary.ts';
import { ID_TYPE_LABELS, isOutcomeKey } from '../../domain/applications/vocabulary.ts';

type Rules<T> = readonly (readonly [RegExp, T])[];

/** 不予公开 needs its reason (年报表三（三）1–8, 条例第十四条至第十六条、第三十六条). */
const WITHHELD_REASONS: Rules<OutcomeKey> = [
  [/国家秘密|涉密/, 'withheld.stateSecret'],
  [/法律行政法规禁止|法律法规禁止|禁止公开/, 'withheld.lawProhibits'],
  [/三安全一稳定|国家安全|公共安全|经济安全|社会稳定/, 'withheld.threeSecurities'],
  [/第三方|商业秘密|个人隐私/, 'withheld.thirdParty'],
  [/内部事务|人事管理|后勤管理|内部工作流程|内部管理/, 'withheld.internalAffairs'],
  [/过程性|讨论记录|过程稿|磋商信函|请示报告/, 'withheld.processInfo'],
  [/执法案卷/, 'withheld.enforcementFile'],
  [/行政查询/, 'withheld.administrativeQuery'],
];

/** Every other outcome; 'withdrawn' is the applicant's withdrawal (counted under （六）3 by the clock). */
const OUTCOME_RULES: Rules<OutcomeKey | 'withdrawn'> = [
  [/撤回|撤销申请/, 'withdrawn'],
  [/部分公开/, 'partial'],
  [/补正后.*不明确|仍不明确/, 'unavailable.unclearAfterCorrection'],
  [/逾期不补正|未补正|不补正/, 'other.noCorrection'],
  [/未缴费|未缴纳|不缴费|未按.*缴纳/, 'other.feeUnpaid'],
  [/不掌握|信息不存在|不存在|非本机关|不属于本机关|未制作或获取/, 'unavailable.notHeld'],
  [/另行制作|需要制作|加工|汇总分析/, 'unavailable.needsCreation'],
  [/信访|举报|投诉/, 'notProcessed.petition'],
  [/重复申请/, 'notProcessed.repeat'],
  [/出版物/, 'notProcessed.publication'],
  [/大量反复|反复申请/, 'notProcessed.excessive'],
  [/确认|重新出具/, 'notProcessed.confirmation'],
  [/^(予以公开|同意公开|全部公开|已主动公开|已公开|公开$)|告知获取途径/, 'granted'],
  [/^其他|其他处理|特别法|转送/, 'other.other'],
];

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The outcome key of a 办理结果 text, 'withdrawn', or null when no rule knows it. */
export function outcomeOfText(text: string): OutcomeKey | 'withdrawn' | null {
  const value = squeeze(text);
  if (isOutcomeKey(value)) return value;
  if (/不予公开|不予以公开|不公开/.test(value)) return WITHHELD_REASONS.find(([rule]) => rule.test(value))?.[1] ?? null;
  return OUTCOME_RULES.find(([rule]) => rule.test(value))?.[1] ?? null;
}

const APPLICANT_TYPE_RULES: Rules<ApplicantType> = [
  [/^(自然人|个人|公民)$/, 'naturalPerson'],
  [/科研/, 'research'],
  [/公益/, 'publicInterest'],
  [/法律服务|律师/, 'legal'],
  [/商业企业|^企业$|公司/, 'commercial'],
  [/^(其他|其他组织|法人或其他组织|法人|其他法人或组织)$/, 'other'],
];

const CHANNEL_RULES: Rules<Channel> = [
  [/当面|现场|窗口/, 'inPerson'],
  [/信件|邮寄|信函|邮政/, 'post'],
  [/网上|网络|在线|网站|互联网|电子邮件|邮箱/, 'online'],
  [/传真/, 'fax'],
  [/^其他/, 'other'],
];

const DELIVERY_RULES: Rules<DeliveryForm> = [
  [/电子邮件|邮箱/, 'email'],
  [/纸质|纸本|书面/, 'paper'],
  [/电子|光盘|U盘|数据/, 'electronic'],
  [/当场阅读|查阅|阅读|抄录/, 'inspection'],
  [/^其他/, 'other'],
];

const KIND_RULES: Rules<ConsultationKind> = [
  [/第三方/, 'thirdParty'],
  [/共同制作|协商|机关/, 'coMaker'],
];

const ID_TYPE_RULES: Rules<IdType> = [
  ...(Object.entries(ID_TYPE_LABELS) as [IdType, string][]).map(([key, label]) => [new RegExp(`^${label}$`), key] as const),
  [/身份证/, 'residentId'],
  [/信用代码/, 'creditCode'],
];

function byRules<T>(rules: Rules<T>, text: string): T | null {
  const value = squeeze(text);
  return rules.find(([rule]) => rule.test(value))?.[1] ?? null;
}

export const applicantTypeOfText = (text: string) => byRules(APPLICANT_TYPE_RULES, text);
export const channelOfText = (text: string) => byRules(CHANNEL_RULES, text);
export const deliveryFormOfText = (text: string) => byRules(DELIVERY_RULES, text);
export const consultationKindOfText = (text: string) => byRules(KIND_RULES, text);
export const idTypeOfText = (text: string) => byRules(ID_TYPE_RULES, text);
