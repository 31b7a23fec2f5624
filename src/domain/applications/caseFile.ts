import { chinaDateOf, type LocalDate } from '../shared/clock.ts';
import { STATUS_LABELS } from './status.ts';
import type { StoredApplication } from './stored.ts';
import { APPLICANT_TYPE_LABELS, CHANNEL_LABELS, DELIVERY_FORM_LABELS, DELIVERY_WAY_LABELS, ID_TYPE_LABELS, MEDIUM_LABELS, OUTCOMES, type IdType } from './vocabulary.ts';

/**
 * 案卷 (条例第四十五条: 行政机关应当建立健全政府信息公开申请登记、审核、办理、答复、归档的工作制度):
 * what one closed application's case file says, as sections of labelled fields and lines. The
 * exporter draws it and appends the letters; this model decides the wording. The cover holds the
 * applicant's details: the file is for the agency's staff only (《个人信息保护法》第十三条).
 */
export interface CaseFileField {
  label: string;
  value: string;
}

export interface CaseFileLedgerRow {
  on: LocalDate;
  text: string;
  recordedBy: string;
}

export interface CaseFileModel {
  title: string;
  agencyName: string;
  trackingNo: string;
  /** Printed in the page footer of every page the exporter draws. */
  notice: string;
  cover: CaseFileField[];
  ledger: CaseFileLedgerRow[];
  /** "为什么是这一天" (explainAnswerClock), one sentence a line. */
  clockExplanation: string[];
  /** How many letters follow the drawn pages. */
  letterCount: number;
  generatedOn: LocalDate;
}

export interface CaseFileFacts {
  agencyName: string;
  application: StoredApplication;
  ledger: readonly CaseFileLedgerRow[];
  clockExplanation: readonly string[];
  letterCount: number;
  generatedOn: LocalDate;
}

const NONE = '（未填写）';

/** The cover, ledger and clock explanation of one application's 案卷. */
export function buildCaseFile(facts: CaseFileFacts): CaseFileModel {
  const a = facts.application;
  return {
    title: '政府信息公开申请办理案卷',
    agencyName: facts.agencyName,
    trackingNo: a.trackingNo,
    notice: `本案卷含申请人个人信息，仅供${facts.agencyName}工作人员查阅，不得公开（《中华人民共和国个人信息保护法》）`,
    cover: [...receiptFields(facts), ...applicantFields(a), ...requestFields(a), ...outcomeFields(a), ...archiveFields(facts)],
    ledger: [...facts.ledger],
    clockExplanation: [...facts.clockExplanation],
    letterCount: facts.letterCount,
    generatedOn: facts.generatedOn,
  };
}

function receiptFields({ agencyName, application: a }: CaseFileFacts): CaseFileField[] {
  return [
    { label: '机关', value: agencyName },
    { label: '受理编号', value: a.trackingNo },
    { label: '申请方式', value: CHANNEL_LABELS[a.channel] },
    { label: '收到申请日期', value: a.receivedOn ?? NONE },
    { label: '收到日期的依据', value: a.receivedBasis ?? NONE },
  ];
}

function applicantFields(a: StoredApplication): CaseFileField[] {
  const p = a.applicant;
  const idType = p.idType && p.idType in ID_TYPE_LABELS ? ID_TYPE_LABELS[p.idType as IdType] : p.idType;
  return [
    { label: '申请人类型', value: APPLICANT_TYPE_LABELS[a.applicantType] },
    { label: a.applicantType === 'naturalPerson' ? '申请人姓名' : '申请人名称', value: p.name },
    ...(p.contactName ? [{ label: '联系人', value: p.contactName }] : []),
    { label: '证件', value: p.idNumber ? `${idType ?? '证件'} ${p.idNumber}` : NONE },
    { label: '联系电话', value: p.phone || NONE },
    { label: '通信地址', value: p.address || NONE },
    { label: '电子邮箱', value: p.email || NONE },
  ];
}

function requestFields(a: StoredApplication): CaseFileField[] {
  const way = a.delivery?.way ? DELIVERY_WAY_LABELS[a.delivery.way] : null;
  const medium = a.delivery?.medium ? MEDIUM_LABELS[a.delivery.medium] : null;
  const delivery = [medium, way].filter(Boolean).join('，') || DELIVERY_FORM_LABELS[a.deliveryForm];
  return [
    { label: '所需政府信息', value: a.request },
    { label: '获取方式', value: `${delivery}${a.delivery?.oral ? '（口头申请，工作人员代为填写）' : ''}` },
  ];
}

function outcomeFields(a: StoredApplication): CaseFileField[] {
  const outcome = a.outcome ? OUTCOMES[a.outcome] : null;
  return [
    { label: '办理状态', value: STATUS_LABELS[a.status] },
    { label: '答复期限', value: a.dueOn ?? NONE },
    { label: '办结日期', value: a.closedOn ?? NONE },
    { label: '办理结果', value: outcome?.label ?? (a.status === 'withdrawn' ? '申请人撤回申请' : NONE) },
    ...(outcome ? [{ label: '法律依据', value: outcome.basis }] : []),
  ];
}

function archiveFields({ application: a, letterCount }: CaseFileFacts): CaseFileField[] {
  return [
    { label: '归档日期', value: a.archivedAt ? chinaDateOf(a.archivedAt) : '（尚未归档）' },
    { label: '所附文书', value: letterCount ? `${letterCount}份，附于本案卷之后` : '无' },
  ];
}

/** 归档 and the 案卷 are for finished applications only: answered (closed) or withdrawn. */
export function isFinished(application: Pick<StoredApplication, 'status'>): boolean {
  return application.status === 'closed' || application.status === 'withdrawn';
}
