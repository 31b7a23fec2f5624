import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { assertCan } from '../../domain/accounts/roles.ts';
import { inferRegionPath } from '../../domain/agencies/ningxiaRegions.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { ensureRegionPath } from '../../storage/repositories/region.repository.ts';
import { findAgencyByName, insertAgency } from '../../storage/repositories/agency.repository.ts';

/**
 * The agency a catalog names, created under its region when it does not exist
 * yet (system admin only). The region comes from `regionPath` (names from the
 * top) or, failing that, from the agency's name (宁夏 divisions).
 * Runs inside the caller's transaction.
 */
export async function ensureAgency(tx: AppContext, name: string, regionPath?: readonly string[]): Promise<{ id: string; created: boolean }> {
  const existing = await findAgencyByName(tx.db, name);
  if (existing) return { id: existing.id, created: false };
  assertCan(tx.actor, 'agency.manage', { agencyId: null, regionPath: [] });
  const path = regionPath?.length ? regionPath.map((n) => ({ name: n })) : inferRegionPath(name);
  if (!path) {
    throw new ValidationError(`无法判断「${name}」所属地区：请先用 gongkai agency add 登记该单位，或指定 --region 宁夏回族自治区/某市`, [
      { path: 'agency', message: '无法判断所属地区' },
    ]);
  }
  const now = tx.clock.now();
  const regionIds = await ensureRegionPath(tx.db, path, now);
  const id = randomUUID();
  await insertAgency(tx.db, { id, name, region_id: regionIds.at(-1)!, code: null, created_at: now });
  await tx.audit.record(tx.db, tx.actor, {
    action: 'agency.created',
    entityType: 'agency',
    entityId: id,
    agencyId: id,
    summary: `新增单位 ${name}（${path.map((p) => p.name).join(' / ')}）`,
    after: { name, regionPath: path.map((p) => p.name) },
  });
  return { id, created: true };
}
