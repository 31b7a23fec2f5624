/**
 * One agency's findings as the region monitor lists them (issue 11, deliverable 4, `gongkai monitor --json`): the
 * catalog items with a finding from their 公开时限 (条例第二十六条; 国办秘函〔2019〕19号 空白栏目) and the inspection
 * readiness findings. Codes (`kind`, `severity`, `rule`) are for tools; each has a Chinese label beside it, and every
 * text a person reads is Chinese. Documents appear by title and dates only; no applicant ever does. Pure.
 */
import type { LocalDate } from '../shared/clock.ts';
import type { ReadinessFinding } from './evaluateReadiness.ts';
import type { ItemObligation, ObligationFinding } from './itemObligations.ts';
import type { ReadinessRuleId, Severity } from './readinessRules.ts';

export const OBLIGATION_FINDING_LABELS: Record<ObligationFinding['kind'], string> = {
  blank: '空白',
  late: '迟报',
  stale: '久未更新',
  vague: '时限不明确',
};

export interface ItemFindingView {
  kind: ObligationFinding['kind'];
  label: string;
  explanation: string;
  /** Blank periods of a periodic item (empty for a standing item that never had a document). */
  periods: { label: string; opens: LocalDate; due: LocalDate }[];
  /** Documents published after their deadline. */
  documents: { documentId: string; title: string; dueDate: LocalDate; publishedOn: LocalDate; workingDaysLate: number }[];
  lastReviewedOn: LocalDate | null;
}

export interface ItemFindings {
  itemId: string;
  level1: string;
  level2: string;
  timeLimit: string | null;
  findings: ItemFindingView[];
}

export interface ReadinessFindingView {
  rule: ReadinessRuleId;
  title: string;
  severity: Severity;
  severityLabel: string;
  where: string;
  message: string;
  citation: string;
}

export interface AgencyFindings {
  items: ItemFindings[];
  readiness: ReadinessFindingView[];
}

function findingView(finding: ObligationFinding): ItemFindingView {
  return {
    kind: finding.kind,
    label: OBLIGATION_FINDING_LABELS[finding.kind],
    explanation: finding.explanation,
    periods: finding.kind === 'blank' ? finding.periods.map(({ label, opens, due }) => ({ label, opens, due })) : [],
    documents: finding.kind === 'late' ? finding.documents.map(({ documentId, title, dueDate, publishedOn, workingDaysLate }) => ({ documentId, title, dueDate, publishedOn, workingDaysLate })) : [],
    lastReviewedOn: finding.kind === 'stale' ? finding.lastReviewedOn : null,
  };
}

/** The items with at least one finding, in catalog order, and the readiness findings (单项否决 first, as graded). */
export function agencyFindings(items: readonly (ItemObligation & { itemId: string })[], readiness: readonly ReadinessFinding[]): AgencyFindings {
  return {
    items: items
      .filter((item) => item.findings.length > 0)
      .map((item) => ({ itemId: item.itemId, level1: item.level1, level2: item.level2, timeLimit: item.timeLimit, findings: item.findings.map(findingView) })),
    readiness: readiness.map((f) => ({ rule: f.ruleId, title: f.title, severity: f.severity, severityLabel: f.severityLabel, where: f.where, message: f.message, citation: f.citation })),
  };
}
