/**
 * The checks of readinessRules.ts over one agency's facts: each returns hits (what and where, in Chinese, with
 * the thing to open), before grading. Pure: today's date comes from the caller.
 */
import { addCalendarDays, addMonths } from '../calendar/arithmetic.ts';
import { chineseDate } from '../applications/letters/letterModel.ts';
import { publicationDeadline } from '../annualReport/deadline.ts';
import type { LocalDate } from '../shared/clock.ts';
import { columnClassOf, columnName, explainsEmptiness, type ColumnFact, type ReadinessFacts } from './readinessFacts.ts';
import { COLUMN_CLASSES, GUIDE_CATALOG_MAX_AGE_MONTHS, type ReadinessRuleId } from './readinessRules.ts';

/**
 * The thing to fix, for the web layer to turn into a link (back office: /admin/agencies/:id/contact,
 * /admin/documents/:id, /admin/reports/:id or /admin/reports/open; public: the item page and the guide).
 */
export type ReadinessTarget =
  | { kind: 'item'; itemId: string }
  | { kind: 'document'; documentId: string }
  | { kind: 'annualReport'; year: number; reportId: string | null }
  | { kind: 'contact' }
  | { kind: 'guide' }
  | { kind: 'catalog'; versionId: string | null };

export interface ReadinessHit {
  ruleId: ReadinessRuleId;
  /** The column, item or document, in Chinese. */
  where: string;
  message: string;
  target: ReadinessTarget;
  /** A reminder before anything is late: shown as 提示 whatever the rule. */
  reminderOnly?: boolean;
}

/** Older than the allowed age on `today`: the last day it was still in time has passed. */
export function olderThan(date: LocalDate, maxAge: { days?: number; months?: number }, today: LocalDate): boolean {
  const lastInTime = maxAge.months !== undefined ? addMonths(date, maxAge.months) : addCalendarDays(date, maxAge.days ?? 0);
  return lastInTime < today;
}

const ageText = (maxAge: { days?: number; months?: number }) => (maxAge.months !== undefined ? `${maxAge.months}个月` : `${maxAge.days}天`);
const itemTarget = (column: { itemId: string }): ReadinessTarget => ({ kind: 'item', itemId: column.itemId });

const neverPublished = (column: ColumnFact) => !column.everPublished && column.lastPublishedOn === null;

/** 空白栏目 and 栏目不更新 (国办秘函〔2019〕19号 单项否决). A blank column is counted once, as blank. */
export function columnHits(facts: ReadinessFacts, today: LocalDate): ReadinessHit[] {
  const hits: ReadinessHit[] = [];
  for (const column of facts.columns) {
    const where = `栏目“${columnName(column)}”`;
    if (neverPublished(column) && !explainsEmptiness(column.emptyNote)) {
      hits.push({ ruleId: 'columns.blank', where, message: `${where}自开设以来没有发布过信息，栏目页也没有说明本单位无此类信息`, target: itemTarget(column) });
      continue;
    }
    const kind = columnClassOf(column);
    if (!kind || neverPublished(column)) continue;
    const rule = COLUMN_CLASSES[kind];
    if (column.lastPublishedOn !== null && !olderThan(column.lastPublishedOn, rule.maxAge, today)) continue;
    const last = column.lastPublishedOn ? `最近一次发布在${chineseDate(column.lastPublishedOn)}` : '发布过的信息均已撤回';
    hits.push({ ruleId: rule.rule, where, message: `${where}属于${rule.label}栏目，${last}，超过${ageText(rule.maxAge)}未更新`, target: itemTarget(column) });
  }
  return hits;
}

/** Periods of periodic items that ended without a publication (the catalog's own 公开时限). */
export function periodHits(facts: ReadinessFacts): ReadinessHit[] {
  return facts.periodBlanks.map((blank) => {
    const where = `事项“${columnName(blank)}”`;
    return { ruleId: 'items.periodBlank', where, message: `${where}${blank.period}的信息应于${chineseDate(blank.dueOn)}前公开，期满仍未公开`, target: itemTarget(blank) };
  });
}

export function linkHits(facts: ReadinessFacts): ReadinessHit[] {
  return facts.brokenLinks.map((link) => {
    const where = `文件《${link.documentTitle}》`;
    const what = link.targetKind === 'document' ? '文件' : '附件';
    return { ruleId: 'links.broken', where, message: `${where}正文中的站内链接 ${link.href} 指向的${what}不存在或已撤回`, target: { kind: 'document', documentId: link.documentId } };
  });
}

/** Last year's 年报 by 1月31日 (条例第四十九条), judged as the 年报 pages judge it (R9). */
export function annualReportHits(facts: ReadinessFacts, today: LocalDate): ReadinessHit[] {
  const { year, reportId, publishedOn } = facts.annualReport;
  const deadline = publicationDeadline(year, today, publishedOn);
  const where = `${year}年度政府信息公开工作年度报告`;
  const target: ReadinessTarget = { kind: 'annualReport', year, reportId };
  const message = deadline.findings[0]?.message ?? '';
  if (deadline.state === 'reminder') return [{ ruleId: 'annualReport.missing', where, message, target, reminderOnly: true }];
  if (deadline.state === 'overdue') return [{ ruleId: 'annualReport.missing', where, message, target }];
  if (deadline.state === 'late') return [{ ruleId: 'annualReport.late', where, message, target }];
  return [];
}

const GUIDE_FACTS = [
  ['officeName', '政府信息公开工作机构名称'],
  ['address', '通信地址'],
  ['hours', '办公时间'],
  ['phone', '联系电话'],
  ['email', '电子邮箱'],
  ['postcode', '邮政编码'],
] as const;

/** The 指南's contact facts (条例第十二条) and application channel (第二十九条), and its age and the 目录's (第五十三条). */
export function guideHits(facts: ReadinessFacts, today: LocalDate): ReadinessHit[] {
  const where = '政府信息公开指南';
  const hits: ReadinessHit[] = GUIDE_FACTS.filter(([key]) => facts.guide[key] === null).map(([, label]) => ({
    ruleId: 'guide.incomplete', where, message: `${where}未载明${label}`, target: { kind: 'contact' },
  }));
  if (!facts.guide.applicationChannel) hits.push({ ruleId: 'guide.incomplete', where, message: `${where}未载明依申请公开的申请渠道`, target: { kind: 'guide' } });
  const maxAge = { months: GUIDE_CATALOG_MAX_AGE_MONTHS };
  const updated = facts.guide.updatedOn;
  if (updated === null || olderThan(updated, maxAge, today)) {
    const since = updated ? `最近一次更新在${chineseDate(updated)}` : '没有更新记录';
    hits.push({ ruleId: 'guide.stale', where, message: `${where}${since}，超过${GUIDE_CATALOG_MAX_AGE_MONTHS}个月未更新`, target: { kind: 'contact' } });
  }
  return [...hits, ...catalogHits(facts, today)];
}

function catalogHits(facts: ReadinessFacts, today: LocalDate): ReadinessHit[] {
  const where = '政府信息公开目录';
  const catalog = facts.catalog;
  if (catalog === null) return [{ ruleId: 'catalog.stale', where, message: `${where}尚未发布`, target: { kind: 'catalog', versionId: null } }];
  if (!olderThan(catalog.publishedOn, { months: GUIDE_CATALOG_MAX_AGE_MONTHS }, today)) return [];
  const message = `${where}现行版本于${chineseDate(catalog.publishedOn)}发布，超过${GUIDE_CATALOG_MAX_AGE_MONTHS}个月未更新`;
  return [{ ruleId: 'catalog.stale', where, message, target: { kind: 'catalog', versionId: catalog.versionId } }];
}
