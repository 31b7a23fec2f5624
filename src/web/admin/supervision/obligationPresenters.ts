import type { AgencyObligations, ObligationCounts } from '../../../app/supervision/agencyObligations.ts';
import { chineseDate } from '../../../domain/applications/letters/letterModel.ts';
import type { ObligationFinding, ObligationStatus } from '../../../domain/supervision/itemObligations.ts';
import { OBLIGATION_KIND_LABELS } from '../../../domain/supervision/obligationRules.ts';

/** The obligations' findings in the words of the issue and of the inspectors (空白栏目, 迟报, 久未更新). */
export const OBLIGATION_STATUS_LABELS: Record<ObligationStatus, string> = {
  blank: '空白',
  late: '迟报',
  stale: '久未更新',
  vague: '时限不明确',
  ok: '正常',
};

const STATUS_TONES: Record<ObligationStatus, 'error' | 'warning' | 'info' | null> = { blank: 'error', late: 'error', stale: 'warning', vague: 'info', ok: null };
export const statusTone = (status: ObligationStatus) => STATUS_TONES[status];

export interface ObligationLine {
  text: string;
  /** The document to open, for a late one. */
  href: string | null;
}

export interface ObligationFindingView {
  status: ObligationStatus;
  label: string;
  lines: ObligationLine[];
  /** The lines in one phrase, shown when they are folded (「共7期期满未公开：2026年5月至2026年11月」). */
  summary: string;
}

export interface ObligationItemView {
  label: string;
  href: string | null;
  kindLabel: string;
  timeLimit: string;
  status: ObligationStatus;
  statusLabel: string;
  documentCount: number;
  findings: ObligationFindingView[];
  explanation: string;
}

function findingLines(finding: ObligationFinding): ObligationLine[] {
  switch (finding.kind) {
    case 'blank':
      if (finding.periods.length === 0) return [{ text: finding.explanation, href: null }];
      return finding.periods.map((period) => ({
        text: `${period.label}：应在${chineseDate(period.opens)}至${chineseDate(period.due)}期间公开，期满仍未公开`,
        href: null,
      }));
    case 'late':
      return finding.documents.map((doc) => ({
        text: `《${doc.title}》应于${chineseDate(doc.dueDate)}前公开，${chineseDate(doc.publishedOn)}才发布，迟了${doc.workingDaysLate}个工作日`,
        href: `/admin/documents/${doc.documentId}`,
      }));
    case 'stale':
    case 'vague':
      return [{ text: finding.explanation, href: null }];
  }
}

function findingSummary(finding: ObligationFinding): string {
  if (finding.kind === 'blank' && finding.periods.length > 1) return `共${finding.periods.length}期期满未公开：${finding.periods[0]!.label}至${finding.periods.at(-1)!.label}`;
  if (finding.kind === 'late') return `共${finding.documents.length}份文件晚于期限发布`;
  return OBLIGATION_STATUS_LABELS[finding.kind];
}

/** Every item of the published catalog, in catalog order, with its findings in words and links. */
export function obligationItems(obligations: AgencyObligations): ObligationItemView[] {
  const version = obligations.catalogVersionId;
  return obligations.items.map((item) => ({
    label: item.level2 ? `${item.level1} · ${item.level2}` : item.level1,
    href: version ? `/admin/versions/${version}/items/${item.itemId}` : null,
    kindLabel: OBLIGATION_KIND_LABELS[item.kind],
    timeLimit: item.timeLimit?.trim() || '未写明',
    status: item.status,
    statusLabel: OBLIGATION_STATUS_LABELS[item.status],
    documentCount: item.documentCount,
    findings: item.findings.map((finding) => ({ status: finding.kind, label: OBLIGATION_STATUS_LABELS[finding.kind], lines: findingLines(finding), summary: findingSummary(finding) })),
    explanation: item.explanation,
  }));
}

const SEVERITY_ORDER: readonly ObligationStatus[] = ['blank', 'late', 'stale', 'vague'];

/** Items with findings, the most serious first (空白, 迟报, 久未更新, 时限不明确), catalog order within each. */
export function itemsWithFindings(items: readonly ObligationItemView[]): ObligationItemView[] {
  return SEVERITY_ORDER.flatMap((status) => items.filter((item) => item.status === status));
}

/** 空白 3 项 · 迟报 1 项 …: items counted under each finding they have. */
export function obligationCounts(counts: ObligationCounts): { label: string; count: number; status: ObligationStatus }[] {
  return [...SEVERITY_ORDER, 'ok' as const].map((status) => ({ label: OBLIGATION_STATUS_LABELS[status], count: counts[status], status }));
}
