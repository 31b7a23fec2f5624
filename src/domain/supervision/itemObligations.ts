import { addMonths, addWorkingDays } from '../calendar/arithmetic.ts';
import { dueDate } from '../calendar/dueDate.ts';
import { ruleSource, TRIGGER_LABELS } from '../calendar/rules.ts';
import type { WorkingCalendar } from '../calendar/workingCalendar.ts';
import { judgeTimeliness, publicationRule } from '../documents/timeliness.ts';
import type { LocalDate } from '../shared/clock.ts';
import { isDomainError } from '../shared/errors.ts';
import { classifyObligation, STANDING_REVIEW_MONTHS, vagueReason, type ObligationClass, type ObligationItem, type ObligationKind } from './obligationRules.ts';
import { blankPeriods, passedPeriods, type ObligationPeriod } from './periods.ts';

/** A live published document filed under the item (by its ItemKey). */
export interface ObligationDocument {
  documentId: string;
  title: string;
  /** 成文日期: the event an event rule counts from. */
  formedOn: LocalDate | null;
  /** 发布日期 */
  publishedOn: LocalDate;
}

export interface ObligationOptions {
  /** When the obligation began (the published catalog's sign-off date): no period before it is owed. */
  since: LocalDate;
  /** The last recorded review of a standing item, if any (a publication counts as one too). */
  lastReviewedOn?: LocalDate | null;
}

export interface LateDocument {
  documentId: string;
  title: string;
  dueDate: LocalDate;
  publishedOn: LocalDate;
  workingDaysLate: number;
}

export type ObligationFinding =
  | { kind: 'late'; documents: LateDocument[]; explanation: string }
  | { kind: 'blank'; periods: ObligationPeriod[]; explanation: string }
  | { kind: 'stale'; lastReviewedOn: LocalDate | null; explanation: string }
  | { kind: 'vague'; explanation: string };

export type ObligationStatus = 'ok' | ObligationFinding['kind'];

export interface ItemObligation {
  level1: string;
  level2: string;
  timeLimit: string | null;
  kind: ObligationKind;
  /** The rule in words and the article or catalog it rests on. */
  described: string;
  source: string;
  /** The most serious finding: blank, late, stale, vague, else ok. */
  status: ObligationStatus;
  findings: ObligationFinding[];
  explanation: string;
}

const SEVERITY: readonly ObligationStatus[] = ['blank', 'late', 'stale', 'vague'];

/** What an item's 公开时限 expects, and whether its published documents met it on `today`. */
export function itemObligations(
  item: ObligationItem,
  documentsOfItem: readonly ObligationDocument[],
  calendar: WorkingCalendar,
  today: LocalDate,
  options: ObligationOptions,
): ItemObligation {
  const obligation = classifyObligation(item);
  const findings = [
    obligation.kind === 'periodic' ? blankFinding(obligation, documentsOfItem, calendar, today, options.since) : null,
    obligation.mustStayCurrent ? standingFinding(documentsOfItem, calendar, today, options) : null,
    obligation.judgesDocuments ? lateFinding(obligation, documentsOfItem, calendar, today) : null,
    obligation.kind === 'vague' ? vagueFinding(item.timeLimit, obligation) : null,
  ].filter((f): f is ObligationFinding => f !== null);
  const status = SEVERITY.find((kind) => findings.some((f) => f.kind === kind)) ?? 'ok';
  return {
    level1: item.level1, level2: item.level2 ?? '', timeLimit: item.timeLimit, kind: obligation.kind,
    described: obligation.described, source: obligation.source, status, findings,
    explanation: findings.length ? findings.map((f) => f.explanation).join('；') : okExplanation(obligation, documentsOfItem.length),
  };
}

function blankFinding(obligation: ObligationClass, documents: readonly ObligationDocument[], calendar: WorkingCalendar, today: LocalDate, since: LocalDate): ObligationFinding | null {
  const periods = blankPeriods(passedPeriods(calendar, obligation.rule, since, today), documents.map((d) => d.publishedOn));
  if (periods.length === 0) return null;
  const listed = periods.map((p) => `${p.label}（${p.opens}至${p.due}）`).join('、');
  return { kind: 'blank', periods, explanation: `${obligation.described}（${obligation.source}），${listed}期间没有公开信息` };
}

/** 长期公开 items: at least one document, published or reviewed within the last 12 months. */
function standingFinding(documents: readonly ObligationDocument[], calendar: WorkingCalendar, today: LocalDate, options: ObligationOptions): ObligationFinding | null {
  const dates = [...documents.map((d) => d.publishedOn), options.lastReviewedOn ?? ''].filter(Boolean).sort();
  if (documents.length === 0) {
    // A new catalog gets the statutory 20 working days to fill the item (条例第二十六条).
    const grace = addWorkingDays(calendar, options.since, 20);
    if (today <= grace) return null;
    return { kind: 'blank', periods: [], explanation: `长期公开事项至今没有公开任何信息（空白栏目，国办秘函〔2019〕19号），目录自${options.since}起生效，应于${grace}前公开` };
  }
  const last = dates.at(-1)!;
  const reviewBy = addMonths(last, STANDING_REVIEW_MONTHS);
  if (today <= reviewBy) return null;
  return { kind: 'stale', lastReviewedOn: last, explanation: `长期公开事项最近一次公开或复核在${last}，已超过${STANDING_REVIEW_MONTHS}个月（应于${reviewBy}前复核更新）` };
}

function lateFinding(obligation: ObligationClass, documents: readonly ObligationDocument[], calendar: WorkingCalendar, today: LocalDate): ObligationFinding | null {
  const rule = publicationRule(obligation.rule);
  if (!rule) return null;
  const late: LateDocument[] = [];
  for (const doc of documents) {
    const due = documentDue(calendar, rule, doc.formedOn);
    if (!due) continue;
    const judged = judgeTimeliness(calendar, due, doc.publishedOn, today);
    if (judged.late) late.push({ documentId: doc.documentId, title: doc.title, dueDate: due, publishedOn: doc.publishedOn, workingDaysLate: judged.workingDaysLate });
  }
  if (late.length === 0) return null;
  const listed = late.map((d) => `「${d.title}」应于${d.dueDate}前公开，${d.publishedOn}才公开，迟了${d.workingDaysLate}个工作日`).join('；');
  return { kind: 'late', documents: late, explanation: `按${obligation.described}（${ruleSource(obligation.rule)}）：${listed}` };
}

/** The due date of a document, or null when it has no 成文日期 or its dates lie outside the calendar. */
function documentDue(calendar: WorkingCalendar, rule: NonNullable<ReturnType<typeof publicationRule>>, formedOn: LocalDate | null): LocalDate | null {
  if (!formedOn) return null;
  try {
    return dueDate(calendar, rule, formedOn).due;
  } catch (error) {
    if (isDomainError(error)) return null;
    throw error;
  }
}

function vagueFinding(timeLimit: string | null, obligation: ObligationClass): ObligationFinding {
  return { kind: 'vague', explanation: `${vagueReason(timeLimit)}，按${obligation.described}计算（${obligation.source}），请在目录中写明具体期限` };
}

function okExplanation(obligation: ObligationClass, count: number): string {
  if (obligation.kind === 'on_request') return `依申请公开事项，不要求主动公开，申请按${obligation.source}答复`;
  if (count === 0) return `${obligation.described}：尚无应公开而未公开的信息`;
  // 财政部门批复、项目开工、关联文件公开: the starting event is not a document's 成文日期, so lateness is not judged.
  if (obligation.judgesDocuments && !publicationRule(obligation.rule)) return `${obligation.described}：起算日（${TRIGGER_LABELS[obligation.rule.trigger]}）不在文件信息中，已公开${count}条信息，未判断是否按时`;
  return `${obligation.described}：已公开${count}条信息，均符合公开时限`;
}
