import { csvBytes } from '../csvTable.ts';

/** One audit event as the page shows it, in text. */
export interface AuditCsvRow {
  /** China time, `2026-03-02 09:15`. */
  at: string;
  actorName: string;
  actionLabel: string;
  agencyName: string;
  summary: string;
  /** The readable difference (auditDifferenceText). */
  changes: string;
}

export const AUDIT_CSV_HEADER = ['时间（北京时间）', '操作人', '操作', '单位', '内容', '变更'] as const;

/** The audit log as CSV: UTF-8 with a BOM, a Chinese header, formula-like cells made inert. */
export function exportAuditCsv(rows: readonly AuditCsvRow[]): Uint8Array {
  return csvBytes([AUDIT_CSV_HEADER, ...rows.map((row) => [row.at, row.actorName, row.actionLabel, row.agencyName, row.summary, row.changes])]);
}
