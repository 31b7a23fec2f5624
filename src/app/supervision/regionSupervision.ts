import { can } from '../../domain/accounts/roles.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import type { AgencySupervisionRow } from '../../domain/supervision/agencySupervision.ts';
import { listSupervisionSnapshots } from '../../storage/repositories/supervisionSnapshot.repository.ts';
import { regionChoices, resolveRegion, type RegionChoice, type ResolvedRegion } from '../agencies/resolveRegion.ts';
import type { AppContext } from '../context.ts';
import { refreshSupervisionSnapshots } from './refreshSupervisionSnapshots.ts';

export interface RegionSupervision {
  region: Pick<ResolvedRegion, 'id' | 'name' | 'path'>;
  today: LocalDate;
  /** One line per agency below the region, by name. */
  rows: AgencySupervisionRow[];
  /** Lines computed on an earlier day than today (the job refreshes them hourly). */
  stale: number;
  /** The oldest computation shown, ISO instant; null when there is no agency. */
  oldestComputedAt: string | null;
}

/** supervision.view on the region's scope: the region supervisors of it or above, system admins. */
const mayOversee = (ctx: AppContext, regionPath: readonly string[]) => can(ctx.actor, 'supervision.view', { agencyId: null, regionPath });

/** The regions whose agencies the actor may compare side by side. */
export async function supervisionRegionChoices(ctx: AppContext): Promise<RegionChoice[]> {
  return regionChoices(ctx, mayOversee);
}

/**
 * The region supervisor's side-by-side view (issue 11, deliverable 4): one line per agency below the region from the
 * stored snapshots (supervision_snapshots, refreshed by the job `supervision-snapshots`); agencies never computed are
 * computed now, and `refresh` recomputes every line first (the CLI's `gongkai monitor`). Counts only, no applicant.
 */
export async function regionSupervision(ctx: AppContext, regionIdOrName: string, options: { refresh?: boolean } = {}): Promise<RegionSupervision> {
  const region = await resolveRegion(ctx, regionIdOrName, mayOversee, '您无权查看该地区各单位的政务公开情况');
  const stored = options.refresh ? [] : await listSupervisionSnapshots(ctx.db, region.agencyIds);
  const have = new Set(stored.map((row) => row.agencyId));
  const computed = await refreshSupervisionSnapshots(ctx, region.agencyIds.filter((id) => !have.has(id)));
  const rows = [...stored, ...computed].sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'zh-CN'));
  const today = ctx.clock.today();
  const oldestComputedAt = rows.reduce<string | null>((oldest, row) => (oldest === null || row.computedAt < oldest ? row.computedAt : oldest), null);
  return { region: { id: region.id, name: region.name, path: region.path }, today, rows, stale: rows.filter((row) => row.asOf < today).length, oldestComputedAt };
}
