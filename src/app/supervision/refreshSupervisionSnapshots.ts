import type { AgencySupervisionRow } from '../../domain/supervision/agencySupervision.ts';
import { saveSupervisionSnapshot, agenciesComputedSince } from '../../storage/repositories/supervisionSnapshot.repository.ts';
import { listAgencies } from '../../storage/repositories/agency.repository.ts';
import type { AppContext } from '../context.ts';
import { computeAgencySupervision } from './agencySupervisionRow.ts';

/**
 * Compute and store the region-view line of each agency (derived data, like the search index: no audit event, as
 * no record changes). Each agency is computed on its own, so a thousand agencies never hold one long transaction.
 */
export async function refreshSupervisionSnapshots(ctx: AppContext, agencyIds: readonly string[]): Promise<AgencySupervisionRow[]> {
  const rows: AgencySupervisionRow[] = [];
  for (const agencyId of agencyIds) {
    const row = await computeAgencySupervision(ctx, agencyId);
    await saveSupervisionSnapshot(ctx.db, row);
    rows.push(row);
  }
  return rows;
}

/**
 * The job's pass: the agencies whose line is missing or was computed before `olderThan` (ISO instant), until
 * `budgetMs` of work is spent so that one pass stays well inside the job's lease; the next pass takes the rest.
 */
export async function refreshStaleSupervisionSnapshots(ctx: AppContext, olderThan: string, budgetMs = 3 * 60_000): Promise<number> {
  const fresh = new Set(await agenciesComputedSince(ctx.db, olderThan));
  const due = (await listAgencies(ctx.db)).map((a) => a.id).filter((id) => !fresh.has(id));
  const started = performance.now();
  let done = 0;
  for (const agencyId of due) {
    if (performance.now() - started > budgetMs) break;
    await refreshSupervisionSnapshots(ctx, [agencyId]);
    done += 1;
  }
  return done;
}
