import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import { listRegions } from '../../storage/repositories/region.repository.ts';
import { listAgencies } from '../../storage/repositories/agency.repository.ts';

export interface RegionNode {
  id: string;
  name: string;
  level: string;
  children: RegionNode[];
  agencies: { id: string; name: string }[];
}

/** Regions as a tree (宁夏回族自治区 → 中卫市 → …) with the agencies directly under each. */
export async function listRegionTree(db: Kysely<Database>): Promise<RegionNode[]> {
  const [regions, agencies] = await Promise.all([listRegions(db), listAgencies(db)]);
  const nodes = new Map<string, RegionNode>(
    regions.map((r) => [r.id, { id: r.id, name: r.name, level: r.level, children: [], agencies: [] }]),
  );
  for (const agency of agencies) nodes.get(agency.region_id)?.agencies.push({ id: agency.id, name: agency.name });
  const roots: RegionNode[] = [];
  for (const region of regions) {
    const node = nodes.get(region.id)!;
    const parent = region.parent_id ? nodes.get(region.parent_id) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN');
  const sort = (list: RegionNode[]) => {
    list.sort(byName);
    for (const node of list) {
      node.agencies.sort(byName);
      sort(node.children);
    }
  };
  sort(roots);
  return roots;
}
