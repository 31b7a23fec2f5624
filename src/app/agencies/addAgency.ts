import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { assertCan } from '../../domain/accounts/roles.ts';
import { DomainError, ValidationError } from '../../domain/shared/errors.ts';
import { ensureRegionPath } from '../../storage/repositories/region.repository.ts';
import { findAgencyByName, insertAgency } from '../../storage/repositories/agency.repository.ts';

export interface AddAgencyInput {
  name: string;
  /** Region names from the top, e.g. ['宁夏回族自治区', '中卫市']; missing regions are created. */
  regionPath: string[];
  /** Organisation code for 索引号. */
  code?: string | null;
}

/** Register an agency under its region (system admin only). */
export async function addAgency(ctx: AppContext, input: AddAgencyInput): Promise<{ id: string }> {
  assertCan(ctx.actor, 'agency.manage', { agencyId: null, regionPath: [] });
  const name = input.name.trim();
  const regionPath = input.regionPath.map((r) => r.trim()).filter(Boolean);
  if (!name) throw new ValidationError('单位名称不能为空', [{ path: 'name', message: '请填写单位名称' }]);
  if (regionPath.length === 0) throw new ValidationError('请指定所属地区', [{ path: 'regionPath', message: '请填写所属地区，如 宁夏回族自治区/中卫市' }]);
  return inTransaction(ctx, async (tx) => {
    if (await findAgencyByName(tx.db, name)) throw new DomainError('conflict', `单位「${name}」已存在`);
    const now = tx.clock.now();
    const regionIds = await ensureRegionPath(tx.db, regionPath.map((name) => ({ name })), now);
    const id = randomUUID();
    await insertAgency(tx.db, { id, name, region_id: regionIds.at(-1)!, code: input.code ?? null, created_at: now });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'agency.created',
      entityType: 'agency',
      entityId: id,
      agencyId: id,
      summary: `新增单位 ${name}（${regionPath.join(' / ')}）`,
      after: { name, regionPath, code: input.code ?? null },
    });
    return { id };
  });
}
