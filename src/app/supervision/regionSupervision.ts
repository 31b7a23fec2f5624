import { can } from '../../domain/accounts/roles.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
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
  /** Agencies below the region whose line was never computed and is left to the job (over LIVE_COMPUTE_LIMIT). */
  pending: number;
  /** All agencies below the region, shown or pending. */
  agencies: number;
}

/**
 * At most this many lines are computed within one request: a line costs ≈22–31 ms median, 26–47 ms p95 at 1,000
 * documents and 100 applications (docs/benchmarks.md, supervision at 1,000 agencies), so 50 take a second or two
 * while 1,000 would hold a request for half a minute; the job `supervision-snapshots` computes the rest.
 */
export const LIVE_COMPUTE_LIMIT = 50;

/** supervision.view on the region's scope: the region supervisors of it or above, system admins. */
const mayOversee = (ctx: AppContext, regionPath: readonly string[]) => can(ctx.actor, 'supervision.view', { agencyId: null, regionPath });

/** A region the actor may oversee (supervision.view), by id or exact name, with every agency below it. */
export async function resolveSupervisionRegion(ctx: AppContext, regionIdOrName: string): Promise<ResolvedRegion> {
  return resolveRegion(ctx, regionIdOrName, mayOversee, '您无权查看该地区各单位的政务公开情况');
}

/** The regions whose agencies the actor may compare side by side. */
export async function supervisionRegionChoices(ctx: AppContext): Promise<RegionChoice[]> {
  return regionChoices(ctx, mayOversee);
}

/**
 * The region supervisor's side-by-side view (issue 11, deliverable 4): one line per agency below the region from the
 * stored snapshots (supervision_snapshots, refreshed by the job `supervision-snapshots`); agencies never computed are
 * computed now, up to LIVE_COMPUTE_LIMIT (the rest are counted as pending), and `refresh` recomputes every line of a
 * region of at most LIVE_COMPUTE_LIMIT agencies first. Counts only, no applicant.
 */
export async function regionSupervision(ctx: AppContext, regionIdOrName: string, options: { refresh?: boolean } = {}): Promise<RegionSupervision> {
  const region = await resolveSupervisionRegion(ctx, regionIdOrName);
  if (options.refresh && region.agencyIds.length > LIVE_COMPUTE_LIMIT) {
    throw new ValidationError(`该地区有 ${region.agencyIds.length} 个单位，超过 ${LIVE_COMPUTE_LIMIT} 个，不能立即重新计算；系统每小时自动更新各单位的数据`);
  }
  const stored = options.refresh ? [] : await listSupervisionSnapshots(ctx.db, region.agencyIds);
  const have = new Set(stored.map((row) => row.agencyId));
  const missing = region.agencyIds.filter((id) => !have.has(id));
  const computed = (await refreshSupervisionSnapshots(ctx, missing.slice(0, LIVE_COMPUTE_LIMIT))).map((detail) => detail.row);
  const rows = [...stored, ...computed].sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'zh-CN'));
  const today = ctx.clock.today();
  const oldestComputedAt = rows.reduce<string | null>((oldest, row) => (oldest === null || row.computedAt < oldest ? row.computedAt : oldest), null);
  return {
    region: { id: region.id, name: region.name, path: region.path }, today, rows, stale: rows.filter((row) => row.asOf < today).length, oldestComputedAt,
    pending: Math.max(0, missing.length - LIVE_COMPUTE_LIMIT), agencies: region.agencyIds.length,
  };
}
