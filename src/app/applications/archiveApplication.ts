import { isFinished } from '../../domain/applications/caseFile.ts';
import type { StoredApplication } from '../../domain/applications/stored.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { chinaDateOf } from '../../domain/shared/clock.ts';
import { findApplication, setArchived } from '../../storage/repositories/application.repository.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { applicationFor, applicationLabel } from './applicationAccess.ts';

/**
 * 归档 (条例第四十五条: 登记、审核、办理、答复、归档的工作制度): a finished application — answered or
 * withdrawn — is marked archived by its agency's staff, once, with an audit event. Archiving
 * changes nothing else: the ledger, the letters and the outcome stay as they were.
 */
export async function archiveApplication(ctx: AppContext, applicationId: string): Promise<StoredApplication> {
  return inTransaction(ctx, async (tx) => {
    const application = await applicationFor(tx, applicationId, 'application.handle');
    if (!isFinished(application)) throw new DomainError('conflict', '尚未办结的申请不能归档：请先作出答复或记录申请人撤回');
    if (application.archivedAt) throw new DomainError('conflict', `该申请已于 ${chinaDateOf(application.archivedAt)} 归档`);
    const at = tx.clock.now();
    await setArchived(tx.db, application.id, at);
    await tx.audit.record(tx.db, tx.actor, {
      action: 'application.archived',
      entityType: 'application',
      entityId: application.id,
      agencyId: application.agencyId,
      summary: `${applicationLabel(application)} 已归档`,
      after: { archivedAt: at },
    });
    return (await findApplication(tx.db, application.id))!;
  });
}
