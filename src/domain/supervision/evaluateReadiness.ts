/**
 * Inspection readiness of one agency (issue 11, deliverable 3): the hits of readinessChecks.ts graded by the rules
 * of readinessRules.ts. 国办秘函〔2019〕19号: any 单项否决 makes the site 不合格 and is listed first; otherwise the
 * score is 100 minus the deductions. Pure: `today` is the caller's China date.
 */
import type { LocalDate } from '../shared/clock.ts';
import { annualReportHits, columnHits, guideHits, linkHits, periodHits, type ReadinessHit, type ReadinessTarget } from './readinessChecks.ts';
import type { ReadinessFacts } from './readinessFacts.ts';
import { PASS_MARK, READINESS_RULES, readinessRule, SEVERITY_LABELS, type ReadinessRuleId, type Severity } from './readinessRules.ts';

export interface ReadinessFinding {
  ruleId: ReadinessRuleId;
  title: string;
  severity: Severity;
  severityLabel: (typeof SEVERITY_LABELS)[Severity];
  /** Points this finding deducts (0 for 单项否决 and 提示, and once the rule's maximum is reached). */
  points: number;
  where: string;
  message: string;
  target: ReadinessTarget;
  citation: string;
  /** False when the rule's threshold or points are local practice or Gongkai's choice (UNCONFIRMED). */
  confirmed: boolean;
}

export interface ReadinessResult {
  today: LocalDate;
  findings: ReadinessFinding[];
  /** 100 minus the deductions, never below 0. */
  score: number;
  vetoed: boolean;
  verdict: '合格' | '不合格';
  /** Why 不合格, in Chinese; null when 合格. */
  verdictReason: string | null;
}

const SEVERITY_ORDER: Record<Severity, number> = { veto: 0, deduction: 1, notice: 2 };
const RULE_ORDER = new Map(READINESS_RULES.map((rule, index) => [rule.id, index]));

/** Grade the hits of one rule: all 单项否决 once their number reaches the threshold, else each its own severity and points. */
function gradeRule(ruleId: ReadinessRuleId, hits: readonly ReadinessHit[]): ReadinessFinding[] {
  const rule = readinessRule(ruleId);
  const counted = hits.filter((hit) => !hit.reminderOnly);
  const vetoed = rule.vetoAt !== undefined && counted.length >= rule.vetoAt;
  let deducted = 0;
  return hits.map((hit) => {
    const severity: Severity = hit.reminderOnly ? 'notice' : vetoed ? 'veto' : rule.belowVeto;
    let points = 0;
    if (severity === 'deduction') {
      points = Math.max(0, Math.min(rule.pointsEach ?? 0, (rule.maxPoints ?? Infinity) - deducted));
      deducted += points;
    }
    const count = vetoed ? `（共${counted.length}个，达到单项否决标准${rule.vetoAt}个）` : '';
    return {
      ruleId, title: rule.title, severity, severityLabel: SEVERITY_LABELS[severity], points,
      where: hit.where, message: `${hit.message}${count}`, target: hit.target, citation: rule.citation.text, confirmed: rule.confirmed,
    };
  });
}

function byRule(hits: readonly ReadinessHit[]): Map<ReadinessRuleId, ReadinessHit[]> {
  const groups = new Map<ReadinessRuleId, ReadinessHit[]>();
  for (const hit of hits) groups.set(hit.ruleId, [...(groups.get(hit.ruleId) ?? []), hit]);
  return groups;
}

/** 单项否决 first, then 扣分 (largest first), then 提示; within those, in the order of the rules, then by place. */
function compareFindings(a: ReadinessFinding, b: ReadinessFinding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
    || b.points - a.points
    || RULE_ORDER.get(a.ruleId)! - RULE_ORDER.get(b.ruleId)!
    || a.where.localeCompare(b.where, 'zh-CN');
}

export function evaluateReadiness(facts: ReadinessFacts, today: LocalDate): ReadinessResult {
  const hits = [...columnHits(facts, today), ...periodHits(facts), ...linkHits(facts), ...annualReportHits(facts, today), ...guideHits(facts, today)];
  const findings = [...byRule(hits)].flatMap(([ruleId, group]) => gradeRule(ruleId, group)).sort(compareFindings);
  const score = Math.max(0, 100 - findings.reduce((sum, finding) => sum + finding.points, 0));
  const vetoes = [...new Set(findings.filter((f) => f.severity === 'veto').map((f) => f.title))];
  const verdictReason = vetoes.length ? `单项否决：${vetoes.join('、')}` : score < PASS_MARK.points ? `得分${score}分，低于${PASS_MARK.points}分` : null;
  return { today, findings, score, vetoed: vetoes.length > 0, verdict: verdictReason ? '不合格' : '合格', verdictReason };
}
