import { assertCan, type Action } from '../../domain/accounts/roles.ts';
import type { StoredApplication } from '../../domain/applications/stored.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { findApplication } from '../../storage/repositories/application.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import type { AppContext } from '../context.ts';

/** The application, checked to exist and to be open to this actor for `action` in its agency (条例第四十五条). */
export async function applicationFor(tx: AppContext, id: string, action: Action): Promise<StoredApplication> {
  const application = await findApplication(tx.db, id);
  if (!application) throw new NotFoundError('找不到该申请');
  assertCan(tx.actor, action, await agencyScope(tx.db, application.agencyId));
  return application;
}

/** A tracking number for audit summaries: never the applicant's name (audit lists are seen more widely). */
export const applicationLabel = (a: Pick<StoredApplication, 'trackingNo'>) => `申请 ${a.trackingNo}`;
