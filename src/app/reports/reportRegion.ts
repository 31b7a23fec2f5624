import { can } from '../../domain/accounts/roles.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { regionChoices, resolveRegion, type RegionChoice, type ResolvedRegion } from '../agencies/resolveRegion.ts';
import type { AppContext } from '../context.ts';

export type ReportRegion = ResolvedRegion;
export type { RegionChoice };

/** The year of a report under review: a past or current year the format can apply to. */
export function assertReportYear(year: number): void {
  if (!Number.isInteger(year) || year < 2008 || year > 2099) throw new ValidationError(`年度“${year}”无效：应为 2008 至 2099 之间的年份`);
}

/** report.view and application.counts on the region's scope: numbers only, never applicants; every region for admins. */
function mayOversee(ctx: AppContext, regionPath: readonly string[]): boolean {
  const scope = { agencyId: null, regionPath };
  return can(ctx.actor, 'report.view', scope) && can(ctx.actor, 'application.counts', scope);
}

/** The regions whose agencies' 年报 the actor may oversee: a region supervisor's region and those below it. */
export async function reportRegionChoices(ctx: AppContext): Promise<RegionChoice[]> {
  return regionChoices(ctx, mayOversee);
}

/** A region named by id or by exact name, after checking the actor may oversee it; its agencies at every level below. */
export async function resolveReportRegion(ctx: AppContext, regionIdOrName: string): Promise<ReportRegion> {
  return resolveRegion(ctx, regionIdOrName, mayOversee, '您无权查看该地区各单位的年度报告情况');
}
