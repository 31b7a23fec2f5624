import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/shared/errors.ts';
import { listRegions } from '../../storage/repositories/region.repository.ts';
import type { AppContext } from '../context.ts';
import { allAgencyScopes } from './agencyScopes.ts';

/** A region with its path and every agency in it or below it. */
export interface ResolvedRegion {
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

/** Whether the actor may oversee the agencies of the region with this path (region ids from the top). */
export type OverseeTest = (ctx: AppContext, regionPath: readonly string[]) => boolean;

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

/** The regions the actor may oversee by `mayOversee`, labelled with their path, in Chinese order. */
export async function regionChoices(ctx: AppContext, mayOversee: OverseeTest): Promise<RegionChoice[]> {
  const { regions, byId, pathOf } = await regionPaths(ctx);
  return regions
    .map((r) => ({ id: r.id, path: pathOf(r.id) }))
    .filter(({ path }) => mayOversee(ctx, path))
    .map(({ id, path }) => ({ id, label: path.map((p) => byId.get(p)!.name).join(' / ') }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
}

/** A region named by id or by exact name, after checking `mayOversee` (else `forbidden`); its agencies at every level below. */
export async function resolveRegion(ctx: AppContext, regionIdOrName: string, mayOversee: OverseeTest, forbidden: string): Promise<ResolvedRegion> {
  const { regions, byId, pathOf } = await regionPaths(ctx);
  const wanted = regionIdOrName.trim();
  const matches = regions.filter((r) => r.id === wanted || r.name === wanted);
  if (matches.length === 0) throw new NotFoundError(`找不到地区「${wanted}」`);
  if (matches.length > 1) throw new ValidationError(`有多个地区名为「${wanted}」，请从列表中选择`);
  const region = matches[0]!;
  const path = pathOf(region.id);
  if (!mayOversee(ctx, path)) throw new ForbiddenError(forbidden);
  const agencyIds = (await allAgencyScopes(ctx.db)).filter((s) => s.regionPath.includes(region.id)).map((s) => s.agencyId!);
  return { id: region.id, name: region.name, path: path.map((id) => byId.get(id)!.name), agencyIds };
}
