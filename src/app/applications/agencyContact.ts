import { assertCan } from '../../domain/accounts/roles.ts';
import { ValidationError, type FieldIssue } from '../../domain/shared/errors.ts';
import { CONTACT_FIELDS, findAgencyContact, saveAgencyContact, type AgencyContact } from '../../storage/repositories/agencyContact.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import { inTransaction, type AppContext } from '../context.ts';

export type { AgencyContact };
export { CONTACT_FIELDS };

export const CONTACT_LABELS: Record<keyof AgencyContact, string> = {
  officeName: '机构名称',
  address: '通信地址',
  postcode: '邮政编码',
  hours: '办公时间',
  phone: '联系电话',
  fax: '传真',
  email: '电子邮箱',
  supervisionPhone: '监督电话',
  website: '网站',
};

/** The disclosure office's contact details (条例第十二条), public: the 依申请公开 page and the 指南 show them. */
export async function getAgencyContact(ctx: AppContext, agencyId: string): Promise<(AgencyContact & { updatedAt: string }) | null> {
  return findAgencyContact(ctx.db, agencyId);
}

/** Edit the contact details (agency admins and editors of that agency); audited with before and after. */
export async function updateAgencyContact(ctx: AppContext, agencyId: string, raw: Record<string, unknown>) {
  assertCan(ctx.actor, 'agency.contact', await agencyScope(ctx.db, agencyId));
  const issues: FieldIssue[] = [];
  const value = {} as AgencyContact;
  for (const field of CONTACT_FIELDS) {
    const text = typeof raw[field] === 'string' ? (raw[field] as string).trim() : '';
    if (text.length > 200) issues.push({ path: field, message: `${CONTACT_LABELS[field]}过长（最多200字）` });
    value[field] = text || null;
  }
  if (value.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.email)) issues.push({ path: 'email', message: '电子邮箱格式不正确' });
  if (value.website && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value.website)) issues.push({ path: 'website', message: '网站地址应以 http:// 或 https:// 开头，例如 https://ybj.example.gov.cn' });
  if (value.postcode && !/^\d{6}$/.test(value.postcode)) issues.push({ path: 'postcode', message: '邮政编码应为6位数字' });
  for (const field of ['phone', 'fax', 'supervisionPhone'] as const) {
    if (value[field] && !/^[0-9+\-()（）、,，/ 转]{5,60}$/.test(value[field]!)) issues.push({ path: field, message: `${CONTACT_LABELS[field]}只能包含号码和分隔符` });
  }
  if (issues.length) throw new ValidationError('联系方式有需要修改的地方', issues);
  return inTransaction(ctx, async (tx) => {
    const stored = await findAgencyContact(tx.db, agencyId);
    // The audit keeps the details only: the save time is the event's own time.
    const before = stored && Object.fromEntries(CONTACT_FIELDS.map((field) => [field, stored[field]]));
    await saveAgencyContact(tx.db, agencyId, value, tx.actor.id, tx.clock.now());
    await tx.audit.record(tx.db, tx.actor, {
      action: 'agency.contact_updated',
      entityType: 'agency',
      entityId: agencyId,
      agencyId,
      summary: '更新政府信息公开工作机构联系方式',
      before,
      after: value,
    });
    return value;
  });
}
