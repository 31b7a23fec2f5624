import type { Kysely } from 'kysely';
import type { EngineName } from '../dialect/engine.ts';

/**
 * Issue 11 (the region supervisor's view): one stored line per agency — its catalog, obligations, publication per
 * month, 依申请公开 handling, 年报 and readiness (domain/supervision/agencySupervision.ts) — computed by the job
 * `supervision-snapshots` and on demand, so that a region of a thousand agencies is read in one query instead of
 * recomputing every agency's readiness per page view. Derived data: rebuilt, never backed up.
 */
export async function up(db: Kysely<any>, _engine: EngineName): Promise<void> {
  await db.schema
    .createTable('supervision_snapshots')
    .addColumn('agency_id', 'text', (c) => c.primaryKey().references('agencies.id'))
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addColumn('readiness_score', 'integer', (c) => c.notNull())
    .addColumn('vetoed', 'integer', (c) => c.notNull())
    .addColumn('row_json', 'text', (c) => c.notNull())
    .execute();
}
