import type { AppContext } from '../context.ts';
import { queryAuditEvents, type AuditEventRecord } from '../../storage/repositories/audit.repository.ts';
import { auditEventFilter, type AuditLogFilter } from './listAuditEvents.ts';

/** At most this many rows in one download: a narrower filter (dates, person) gets the rest. */
export const AUDIT_EXPORT_LIMIT = 20_000;
const PAGE = 1_000;

/** Every event the filter selects (newest first, up to AUDIT_EXPORT_LIMIT), for the CSV download. */
export async function auditEventsForExport(ctx: AppContext, input: AuditLogFilter): Promise<{ events: AuditEventRecord[]; total: number }> {
  const filter = await auditEventFilter(ctx, input);
  const first = await queryAuditEvents(ctx.db, { ...filter, limit: PAGE, offset: 0 });
  const events = [...first.events];
  const wanted = Math.min(first.total, AUDIT_EXPORT_LIMIT);
  while (events.length < wanted) {
    const page = await queryAuditEvents(ctx.db, { ...filter, limit: PAGE, offset: events.length });
    if (page.events.length === 0) break;
    events.push(...page.events);
  }
  return { events: events.slice(0, AUDIT_EXPORT_LIMIT), total: first.total };
}
