/** Audit events as the 操作日志 page and its CSV show them: Chinese names, China time, a readable difference. */
import type { AuditEventRecord } from '../../app/audit/listAuditEvents.ts';
import { auditActionLabel } from '../../domain/audit/actionLabels.ts';
import { auditDifference, auditDifferenceText, type AuditChange } from '../../domain/audit/auditDifference.ts';
import type { AuditCsvRow } from '../../exporters/audit/auditCsv.ts';
import { chinaTime } from './presenters.ts';

export interface AdminAuditEvent extends AuditCsvRow {
  id: string;
  /** The changed fields, for the page's 字段 / 修改前 / 修改后 table. */
  changeRows: AuditChange[];
}

/** Events of no agency are the system's own (sign-in, backups, the calendar). */
const SYSTEM = '（全系统）';

export function presentAuditEvent(event: AuditEventRecord, agencyNames: ReadonlyMap<string, string>): AdminAuditEvent {
  const changeRows = auditDifference(event.entityType, event.before, event.after);
  return {
    id: event.id,
    at: chinaTime(event.at) ?? event.at,
    actorName: event.actorName,
    actionLabel: auditActionLabel(event.action),
    agencyName: event.agencyId ? (agencyNames.get(event.agencyId) ?? '（已删除的单位）') : SYSTEM,
    summary: event.summary,
    changes: auditDifferenceText(changeRows),
    changeRows,
  };
}
