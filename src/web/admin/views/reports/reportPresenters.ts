/** What the 年度报告 pages show of reports, findings and R9 states: Chinese labels and anchors, nothing else. */
import type { DeadlineState, PublicationDeadline } from '../../../../domain/annualReport/deadline.ts';
import type { Finding } from '../../../../domain/annualReport/tables.ts';
import { REPORT_STATUS_LABELS, type ReportStatus } from '../../../../domain/annualReport/workflow.ts';

export const DEADLINE_LABELS: Record<DeadlineState, string> = {
  notDue: '未到发布期', reminder: '须于1月31日前发布', overdue: '已逾期未发布', onTime: '已按时发布', late: '逾期发布',
};

export const statusLabel = (status: string) => REPORT_STATUS_LABELS[status as ReportStatus] ?? status;

export function deadlineText(year: number, deadline: PublicationDeadline): string {
  return deadline.findings[0]?.message ?? `${year}年度报告：${DEADLINE_LABELS[deadline.state]}`;
}

const SEVERITY_LABELS: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

export interface ShownFinding {
  rule: string;
  severity: Finding['severity'];
  severityLabel: string;
  message: string;
  /** The anchor of the table or section the finding is about, on the report page. */
  href: string | null;
}

/** R8 is about the text of section 一; the others name a table cell (table2.…) or a section (section.一). */
function anchorOf(finding: Finding): string | null {
  if (finding.rule === 'R8') return '#section-overview';
  const table = /^(table[234])\./.exec(finding.where);
  if (table) return `#report-${table[1]}`;
  const section = /^section\.([一二三四五六])/.exec(finding.where);
  return section ? `#section-${section[1]}` : null;
}

const ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

export function presentFindings(findings: readonly Finding[]): ShownFinding[] {
  return [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]).map((f) => ({
    rule: f.rule, severity: f.severity, severityLabel: SEVERITY_LABELS[f.severity], message: f.message, href: anchorOf(f),
  }));
}
