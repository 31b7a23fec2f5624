import { can } from '../../domain/accounts/roles.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/shared/errors.ts';
import { listRegions } from '../../storage/repositories/region.repository.ts';
import { allAgencyScopes } from '../agencies/agencyScopes.ts';
import type { AppContext } from '../context.ts';

export interface ReportRegion {
  id: string;
  name: string;
  /** Region names from the top down to this region, for the page title. */
  path: string[];
  /** Ids of the agencies in this region and every region below it. */
  agencyIds: string[];
}

export interface RegionChoice {
  id: string;
  /** The names from the top, e.g. 宁夏回族自治区 / 中卫市 / 沙坡头区. */
  label: string;
}

/** The year of a report under review: a past or current year the format can apply to. */
export function assertReportYear(year: number): void {
  if (!Number.isInteger(year) || year < 2008 || year > 2099) throw new ValidationError(`年度“${year}”无效：应为 2008 至 2099 之间的年份`);
}

async function regionPaths(ctx: AppContext) {
  const regions = await listRegions(ctx.db);
  const byId = new Map(regions.map((r) => [r.id, r]));
  const pathOf = (id: string): string[] => {
    const path: string[] = [];
    for (let at: string | null | undefined = id; at; at = byId.get(at)?.parent_id) path.unshift(at);
    return path;
  };
  return { regions, byId, pathOf };
}

/**
 * The regions whose agencies' 年报 the actor may oversee: a region supervisor's region and those below it
 * (report.view and application.counts on the region's scope: numbers only, never applicants); every region for admins.
 */
export async function reportRegionChoices(ctx: AppContext): Promise<RegionChoice[]> {
  const { regions, byId, pathOf } = await regionPaths(ctx);
  return regions
    .map((r) => ({ id: r.id, path: pathOf(r.id) }))
    .filter(({ path }) => mayOversee(ctx, path))
    .map(({ id, path }) => ({ id, label: path.map((p) => byId.get(p)!.name).join(' / ') }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
}

function mayOversee(ctx: AppContext, regionPath: readonly string[]): boolean {
  const scope = { agencyId: null, regionPath };
  return can(ctx.actor, 'report.view', scope) && can(ctx.actor, 'application.counts', scope);
}

/** A region named by id or by exact name, after checking the actor may oversee it; its agencies at every level below. */
export async function resolveReportRegion(ctx: AppContext, regionIdOrName: string): Promise<ReportRegion> {
  const { regions, byId, pathOf } = await regionPaths(ctx);
  const wanted = regionIdOrName.trim();
  const matches = regions.filter((r) => r.id === wanted || r.name === wanted);
  if (matches.length === 0) throw new NotFoundError(`找不到地区「${wanted}」`);
  if (matches.length > 1) throw new ValidationError(`有多个地区名为「${wanted}」，请从列表中选择`);
  const region = matches[0]!;
  const path = pathOf(region.id);
  if (!mayOversee(ctx, path)) throw new ForbiddenError('您无权查看该地区各单位的年度报告情况');
  const agencyIds = (await allAgencyScopes(ctx.db)).filter((s) => s.regionPath.includes(region.id)).map((s) => s.agencyId!);
  return { id: region.id, name: region.name, path: path.map((id) => byId.get(id)!.name), agencyIds };
}
