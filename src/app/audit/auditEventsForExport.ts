import type { AppContext } from '../context.ts';
import { queryAuditEvents, type AuditEventRecord } from '../../storage/repositories/audit.repository.ts';
import { auditEventFilter, type AuditLogFilter } from './listAuditEvents.ts';

/** At most this many rows in one download: a narrower filter (dates, person) gets the rest. */
export const AUDIT_EXPORT_LIMIT = 20_000;
const PAGE = 1_000;

/** Every event the filter selects (newest first, up to AUDIT_EXPORT_LIMIT), for the CSV download. */
export async function auditEventsForExport(ctx: AppContext, input: AuditLogFilter): Promise<{ events: AuditEventRecord[]; total: number }> {
  const filter = await auditEventFilter(ctx, input);
  const events: AuditEventRecord[] = [];
  let total = 0;
  do {
    const page = await queryAuditEvents(ctx.db, { ...filter, limit: PAGE, offset: events.length });
    total = page.total;
    events.push(...page.events);
    if (page.events.length < PAGE) break;
  } while (events.length < Math.min(total, AUDIT_EXPORT_LIMIT));
  return { events: events.slice(0, AUDIT_EXPORT_LIMIT), total };
}
