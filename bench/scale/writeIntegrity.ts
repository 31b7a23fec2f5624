/**
 * After a write load: compares what the server acknowledged with what the database holds.
 * Every acknowledged draft must be there with its `document.created` audit event (written in the
 * same transaction, ARCHITECTURE.md "Audit"); no draft may lack its audit event, no audit event
 * may name a missing draft, and no title may be stored twice.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/storage/schema.ts';
import { acknowledged, type WriteOutcome } from './writeLoad.ts';

export interface IntegrityReport {
  sent: number;
  acknowledged: number;
  /** Acknowledged writes whose draft is not in the database (must be 0). */
  lost: number;
  /** Drafts of this load without their `document.created` audit event (must be 0). */
  withoutAudit: number;
  /** `document.created` events of this load whose draft is missing (must be 0). */
  auditWithoutDocument: number;
  /** Titles stored more than once (must be 0: no write is replayed). */
  duplicated: number;
  /** Stored drafts whose title no request carried (must be 0). */
  unexpected: number;
  /** Requests answered with an error or not at all. */
  failed: number;
  /** …of which the draft was committed anyway (the process died after the commit, before the answer). */
  failedButCommitted: number;
  statuses: Record<string, number>;
}

export async function checkWrites(db: Kysely<Database>, prefix: string, outcomes: readonly WriteOutcome[]): Promise<IntegrityReport> {
  const rows = await db.selectFrom('documents').select(['id', 'title']).where('title', 'like', `${prefix}-%`).execute();
  const events = await db
    .selectFrom('audit_events')
    .select(['entity_id'])
    .where('action', '=', 'document.created')
    .where('summary', 'like', `%${prefix}-%`)
    .execute();
  const storedById = new Map(rows.map((r) => [r.id, r.title]));
  const audited = new Set(events.map((e) => e.entity_id));
  const titleCounts = new Map<string, number>();
  for (const row of rows) titleCounts.set(row.title, (titleCounts.get(row.title) ?? 0) + 1);
  const sentTitles = new Set(outcomes.map((o) => o.title));
  const acked = outcomes.filter(acknowledged);
  const failed = outcomes.filter((o) => !acknowledged(o));
  const statuses: Record<string, number> = {};
  for (const o of outcomes) statuses[String(o.status)] = (statuses[String(o.status)] ?? 0) + 1;
  return {
    sent: outcomes.length,
    acknowledged: acked.length,
    lost: acked.filter((o) => storedById.get(o.documentId!) !== o.title).length,
    withoutAudit: rows.filter((r) => !audited.has(r.id)).length,
    auditWithoutDocument: events.filter((e) => !e.entity_id || !storedById.has(e.entity_id)).length,
    duplicated: [...titleCounts.values()].filter((n) => n > 1).length,
    unexpected: rows.filter((r) => !sentTitles.has(r.title)).length,
    failed: failed.length,
    failedButCommitted: failed.filter((o) => titleCounts.has(o.title)).length,
    statuses,
  };
}

/** The checks that must hold after any crash: nothing acknowledged is lost, nothing is half-written or doubled. */
export function integrityHolds(report: IntegrityReport): boolean {
  return report.lost === 0 && report.withoutAudit === 0 && report.auditWithoutDocument === 0 && report.duplicated === 0 && report.unexpected === 0;
}
