import { listRegions } from '../../storage/repositories/region.repository.ts';
import type { AppContext } from '../context.ts';

/**
 * The first region (oldest first) with exactly this name, or null (`gongkai user add --region 中卫市`). No permission
 * check: region names are public (the portal's region pages). Regions named by id or path with a right to oversee
 * them go through resolveRegion.ts instead.
 */
export async function regionNamed(ctx: Pick<AppContext, 'db'>, name: string): Promise<{ id: string; name: string } | null> {
  const region = (await listRegions(ctx.db)).find((r) => r.name === name);
  return region ? { id: region.id, name: region.name } : null;
}
