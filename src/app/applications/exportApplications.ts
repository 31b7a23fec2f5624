import { assertCan } from '../../domain/accounts/roles.ts';
import { exportRegister, REGISTER_MEDIA_TYPES, type RegisterExportFormat } from '../../exporters/applications/registerFiles.ts';
import { agencyScope, getAgency } from '../agencies/getAgency.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { loadRegister } from './registerRecords.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';

export const REGISTER_EXPORT_FORMATS: readonly RegisterExportFormat[] = ['xlsx', 'csv', 'json'];

export function isRegisterExportFormat(value: unknown): value is RegisterExportFormat {
  return typeof value === 'string' && (REGISTER_EXPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * The agency's register as a file (xlsx, CSV or the contract's JSON) with applicants' personal
 * data: staff of that agency only (条例第四十五条 台账; personal data never leaves the back office).
 * The download itself is audited, since it carries personal data.
 */
export async function exportApplications(ctx: AppContext, agencyId: string, format: RegisterExportFormat) {
  const agency = await getAgency(ctx.db, agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  assertCan(ctx.actor, 'application.view', await agencyScope(ctx.db, agencyId));
  const register = await loadRegister(ctx, agencyId);
  const bytes = await exportRegister({ agency: agency.name, applications: register.map((r) => r.record) }, format);
  await inTransaction(ctx, (tx) => tx.audit.record(tx.db, tx.actor, {
    action: 'application.exported',
    entityType: 'agency',
    entityId: agencyId,
    agencyId,
    summary: `导出依申请公开登记台账（${format}，${register.length} 件，含申请人个人信息）`,
  }));
  return { bytes, mediaType: REGISTER_MEDIA_TYPES[format], fileName: `${agency.name}依申请公开登记台账.${format}` };
}
