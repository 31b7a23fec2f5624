import { applicantKey, unitsFiledBefore } from '../../domain/applications/feeApplicants.ts';
import { isDomainError } from '../../domain/shared/errors.ts';
import { listAllApplications } from '../../storage/repositories/applicationList.repository.ts';
import type { AppContext } from '../context.ts';
import { applicationFor } from './applicationAccess.ts';

/**
 * 按件计收 (国办函〔2020〕109号 办法第四条): how many applications the same applicant filed with this
 * agency earlier in the calendar month of this one's receipt — the count the fee form starts from.
 * Null when the application has no receipt date yet or its applicant cannot be recognised (then
 * staff type the count; a fee never rests on a guess).
 */
export async function feeCountThisMonth(ctx: AppContext, applicationId: string): Promise<number | null> {
  const application = await applicationFor(ctx, applicationId, 'application.handle');
  if (!application.receivedOn) return null;
  const keyOf = (applicant: Parameters<typeof applicantKey>[0]) => {
    try {
      return applicantKey(applicant);
    } catch (error) {
      if (isDomainError(error)) return null;
      throw error;
    }
  };
  const key = keyOf(application.applicant);
  if (!key) return null;
  const month = application.receivedOn.slice(0, 7);
  const sameMonth = (await listAllApplications(ctx.db, [application.agencyId]))
    .filter((a) => a.receivedOn?.startsWith(month) && keyOf(a.applicant) === key)
    .map((a) => ({ id: a.id, applicantKey: key, receivedOn: a.receivedOn! }));
  return unitsFiledBefore(sameMonth, { id: application.id, applicantKey: key, receivedOn: application.receivedOn });
}
