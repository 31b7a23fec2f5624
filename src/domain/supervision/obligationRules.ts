import type { CatalogItem, TimeLimitRule } from '../catalog/catalog.ts';
import { isVagueRule } from '../catalog/vagueTimeLimit.ts';
import { describeRule, ruleSource, STATUTORY_RULES } from '../calendar/rules.ts';
import { STATUTORY_PROACTIVE_RULE } from '../documents/timeliness.ts';

/**
 * What a catalog item's 公开时限 obliges the agency to do, kept as data with its source:
 * - event: publish each document within a period of an event (条例第二十六条: 形成或者变更之日起20个工作日内);
 * - periodic: publish once per month / quarter / half year / year, or by a fixed date every year;
 * - standing: the information must be there and kept current (机构职能、领导信息、指南; 长期公开);
 * - vague: 及时/尽快/实时 or unreadable: judged by 条例第二十六条's 20 working days and listed as a lint finding;
 * - on_request: an item marked 依申请公开 only: nothing to publish; applications are answered by 条例第三十三条.
 */
export type ObligationKind = 'event' | 'periodic' | 'standing' | 'vague' | 'on_request';

export const OBLIGATION_KIND_LABELS: Record<ObligationKind, string> = {
  event: '按事件公开',
  periodic: '定期公开',
  standing: '长期公开',
  vague: '时限不明确',
  on_request: '依申请公开',
};

/** How often a standing item must be published or reviewed: at least once a year (regulations.md §4.4, 人事/规划 12 months). */
export const STANDING_REVIEW_MONTHS = 12;
export const STANDING_SOURCE = '《政府信息公开条例》第二十条第（二）项、第十二条；国办秘函〔2019〕19号（空白栏目、栏目长期不更新）';
export const ON_REQUEST_SOURCE = '《政府信息公开条例》第三十三条（依申请公开的答复期限）';
export const VAGUE_SOURCE = '《政府信息公开条例》第二十六条（目录未写明具体期限的，按20个工作日计）';

/** Items that describe the agency itself, and its 指南 and 目录: always shown and kept current (条例第二十条第（二）项, 第十二条, 第五十三条). */
const STANDING_NAMES = /机构信息|机构概况|机构职责|机构职能|机关职能|机构设置|内设机构|领导信息|领导简介|领导分工|公开指南|(事项|信息公开)目录/;

export interface ObligationClass {
  kind: ObligationKind;
  /** The rule documents are judged by (the statutory 20 working days for vague items). */
  rule: TimeLimitRule;
  /** The article or catalog the obligation rests on. */
  source: string;
  /** The rule in words, for explanations. */
  described: string;
  /** Each document is judged for lateness against `rule` (event items, and standing or vague ones with a period). */
  judgesDocuments: boolean;
  /** The item must have a document and be published or reviewed yearly (长期 or named 机构职能, 领导信息, 指南 …). */
  mustStayCurrent: boolean;
}

/** The parts of a catalog item its obligation depends on (公开方式 may be missing in imported catalogs). */
export type ObligationItem = Pick<CatalogItem, 'level1' | 'level2' | 'timeLimit' | 'timeLimitRule'> & { mode?: CatalogItem['mode'] | null };

/** Classify an item by its 公开方式, its parsed 公开时限 and, for standing items, its name. */
export function classifyObligation(item: ObligationItem): ObligationClass {
  const rule = item.timeLimitRule ?? null;
  if (item.mode?.length && !item.mode.includes('主动公开')) {
    return { kind: 'on_request', rule: STATUTORY_RULES.applicationAnswer, source: ON_REQUEST_SOURCE, described: '依申请公开，不要求主动公开', judgesDocuments: false, mustStayCurrent: false };
  }
  const standingByName = STANDING_NAMES.test(`${item.level1} ${item.level2 ?? ''}`);
  if (!rule || isVagueRule(rule)) {
    const statutory = STATUTORY_PROACTIVE_RULE;
    return { kind: 'vague', rule: statutory, source: VAGUE_SOURCE, described: describeRule(statutory), judgesDocuments: true, mustStayCurrent: standingByName };
  }
  if (rule.trigger === 'standing') return { kind: 'standing', rule, source: STANDING_SOURCE, described: '长期公开', judgesDocuments: false, mustStayCurrent: true };
  if (rule.trigger === 'yearly_date' || rule.trigger === 'recurring') {
    return { kind: 'periodic', rule, source: ruleSource(rule), described: describeRule(rule), judgesDocuments: false, mustStayCurrent: false };
  }
  const kind = standingByName ? 'standing' : 'event';
  return { kind, rule, source: standingByName ? STANDING_SOURCE : ruleSource(rule), described: describeRule(rule), judgesDocuments: true, mustStayCurrent: standingByName };
}

/** Why a vague item is a lint finding: its text as written, or that it is empty. */
export function vagueReason(timeLimit: string | null): string {
  const text = timeLimit?.trim();
  if (!text) return '目录未写公开时限';
  return `公开时限「${text}」没有写明具体期限`;
}
