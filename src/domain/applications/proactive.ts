import { findPersonalData, PERSONAL_DATA_LABELS } from '../documents/personalData.ts';
import type { StoredApplication } from './stored.ts';
import type { OutcomeKey } from './vocabulary.ts';

/**
 * 条例第四十四条: 多个申请人就相同政府信息向同一行政机关提出公开申请，且该政府信息属于可以公开的，
 * 行政机关可以纳入主动公开的范围. What an application records once staff turned what it asked for
 * into a draft document of the agency (转主动公开), and the wording of that draft.
 */
export interface ProactiveSuggestion {
  documentId: string;
  /** The catalog item (stable key: 一级事项 + 二级事项, '' when none) the draft is filed under. */
  level1: string;
  level2: string;
  at: string;
}

/** Information given out in full or in part is information that can be published (第四十四条: 可以公开的). */
export const PROACTIVE_OUTCOMES: readonly OutcomeKey[] = ['granted', 'partial'];

export const PROACTIVE_TITLE_MAX = 100;

export function serializeProactiveSuggestion(s: ProactiveSuggestion): string {
  return JSON.stringify({ documentId: s.documentId, level1: s.level1, level2: s.level2, at: s.at });
}

/** The stored column read back; null when empty or not in this shape. */
export function parseProactiveSuggestion(text: string | null): ProactiveSuggestion | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<ProactiveSuggestion>;
    if (typeof value.documentId !== 'string' || typeof value.level1 !== 'string') return null;
    return { documentId: value.documentId, level1: value.level1, level2: value.level2 ?? '', at: value.at ?? '' };
  } catch {
    return null;
  }
}

/** A draft title from the first request: its first line, whitespace folded, cut at PROACTIVE_TITLE_MAX characters. */
export function proactiveTitleFrom(requests: readonly string[]): string {
  const first = (requests[0] ?? '').split(/\r?\n/).map((line) => line.trim()).find(Boolean) ?? '';
  const folded = first.replace(/\s+/g, ' ');
  return folded.length > PROACTIVE_TITLE_MAX ? `${folded.slice(0, PROACTIVE_TITLE_MAX - 1)}…` : folded;
}

/** The draft's internal note: tracking numbers only, never the applicants' names (《个人信息保护法》). */
export function proactiveNote(applications: readonly Pick<StoredApplication, 'trackingNo'>[]): string {
  const numbers = applications.map((a) => a.trackingNo).join('、');
  return `依申请转主动公开（条例第四十四条）：受理编号 ${numbers} 的申请人申请公开本信息。发布前请核对标题、正文和附件不含申请人个人信息。`;
}

/**
 * Why a draft title may not be used: it names one of the applicants (name, contact, document
 * number, phone, e-mail, address) or holds an 身份证号/手机号/银行卡号 — the draft is seen by
 * supervisors and becomes public once signed off (《个人信息保护法》). null when it is clean.
 */
export function personalDataInTitle(title: string, applications: readonly Pick<StoredApplication, 'applicant'>[]): string | null {
  for (const { applicant } of applications) {
    const own = [applicant.name, applicant.contactName, applicant.idNumber, applicant.phone, applicant.email, applicant.address];
    if (own.some((value) => value && value.trim().length >= 2 && title.includes(value.trim()))) return '标题含有申请人的个人信息';
  }
  const hit = findPersonalData(title)[0];
  return hit ? `标题含有${PERSONAL_DATA_LABELS[hit.kind]}` : null;
}
