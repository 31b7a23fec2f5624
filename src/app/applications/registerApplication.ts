import { assertCan } from '../../domain/accounts/roles.ts';
import { validateApplicationInput } from '../../domain/applications/applicationInput.ts';
import { receiptOf, type ReceiptFacts } from '../../domain/applications/receipt.ts';
import { isChannel } from '../../domain/applications/vocabulary.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { applicationLabel } from './applicationAccess.ts';
import { notifyApplicant, receiptNoticeLines } from './notifyApplicant.ts';
import { storeApplication } from './storeApplication.ts';

export interface StaffRegistration {
  agencyId: string;
  fields: Record<string, unknown>;
  receipt: ReceiptFacts;
  ref?: string | null;
}

/**
 * Staff register an application that came by letter, fax, in person or orally (条例第二十九条:
 * staff write down an oral application). The receipt date follows 条例第三十一条 per channel and is
 * recorded with its reason. Returns the application and its query code for the receipt slip.
 */
export async function registerApplication(ctx: AppContext, input: StaffRegistration) {
  assertCan(ctx.actor, 'application.handle', await agencyScope(ctx.db, input.agencyId));
  if (!isChannel(input.receipt.channel) || input.receipt.channel === 'online') {
    throw new ValidationError('请选择收到申请的方式', [{ path: 'channel', message: '工作人员登记的申请应为当面、信件、传真或其他方式；网上申请由申请人在线提交' }]);
  }
  const value = validateApplicationInput(input.fields);
  const { receivedOn, basis } = receiptOf(input.receipt);
  if (receivedOn > ctx.clock.today()) throw new ValidationError('收到申请日期不能晚于今天', [{ path: 'receivedOn', message: '收到申请日期不能晚于今天' }]);
  return inTransaction(ctx, async (tx) => {
    const stored = await storeApplication(tx, {
      agencyId: input.agencyId,
      ref: input.ref?.trim() || null,
      source: 'staff',
      channel: input.receipt.channel,
      applicantType: value.applicantType,
      applicant: value.applicant,
      request: value.request,
      deliveryForm: value.deliveryForm,
      delivery: { medium: value.medium, way: value.way, ...(input.receipt.oral ? { oral: true } : {}) },
      submittedAt: null,
      receivedOn,
      receivedBasis: basis,
      dedupeKey: null,
    });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'application.registered',
      entityType: 'application',
      entityId: stored.application.id,
      agencyId: input.agencyId,
      summary: `登记${applicationLabel(stored.application)}，收到日期 ${receivedOn}（${basis}）`,
    });
    await notifyApplicant(tx, stored.application, { subject: '政府信息公开申请受理通知', lines: receiptNoticeLines(stored.application, stored.clock?.dueOn ?? null, stored.clock?.provisional ?? false) });
    return stored;
  });
}
