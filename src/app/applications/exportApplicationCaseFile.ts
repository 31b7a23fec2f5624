import { computeAnswerClock } from '../../domain/applications/answerClock.ts';
import { buildCaseFile, isFinished, type CaseFileLedgerRow } from '../../domain/applications/caseFile.ts';
import { explainAnswerClock } from '../../domain/applications/clockExplanation.ts';
import type { StoredApplication, StoredApplicationEvent } from '../../domain/applications/stored.ts';
import { CHANNEL_LABELS } from '../../domain/applications/vocabulary.ts';
import { chinaDateOf } from '../../domain/shared/clock.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { exportCaseFile } from '../../exporters/applications/caseFile.ts';
import { listApplicationEvents } from '../../storage/repositories/applicationEvent.repository.ts';
import { getAgency } from '../agencies/getAgency.ts';
import { loadCalendar } from '../calendar/loadCalendar.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { applicationFor, applicationLabel } from './applicationAccess.ts';
import { clockOptions } from './clockOptions.ts';
import { describeEvent } from './recordApplicationEvent.ts';

export interface CaseFileRequest {
  /** The application's letters as PDFs, in the order they were sent; their pages follow the drawn ones. */
  letters: readonly Uint8Array[];
  cjkFontFile?: string;
}

/**
 * The 案卷 of a finished application as one PDF (条例第四十五条), for its agency's staff only. The
 * file carries the applicant's details, so producing it is audited as a view of personal data
 * (《个人信息保护法》), in the same transaction that read them.
 */
export async function exportApplicationCaseFile(ctx: AppContext, applicationId: string, request: CaseFileRequest) {
  return inTransaction(ctx, async (tx) => {
    const application = await applicationFor(tx, applicationId, 'application.view');
    if (!isFinished(application)) throw new DomainError('conflict', '尚未办结的申请没有案卷：请先作出答复或记录申请人撤回');
    const events = await listApplicationEvents(tx.db, application.id);
    const calendar = await loadCalendar(tx);
    const clock = application.receivedOn ? computeAnswerClock(calendar, application.receivedOn, events, clockOptions()) : null;
    const model = buildCaseFile({
      agencyName: (await getAgency(tx.db, application.agencyId))?.name ?? '',
      application,
      ledger: ledgerRows(application, events),
      clockExplanation: clock ? explainAnswerClock(calendar, clock, events) : [],
      letterCount: request.letters.length,
      generatedOn: tx.clock.today(),
    });
    const bytes = await exportCaseFile(model, request.letters, { cjkFontFile: request.cjkFontFile });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'application.caseFileExported',
      entityType: 'application',
      entityId: application.id,
      agencyId: application.agencyId,
      summary: `导出${applicationLabel(application)}的案卷（含申请人信息）`,
    });
    return { bytes, fileName: `案卷-${application.trackingNo}.pdf` };
  });
}

/** Receipt, every ledger event and the archiving, in date order, each with who recorded it. */
function ledgerRows(application: StoredApplication, events: readonly StoredApplicationEvent[]): CaseFileLedgerRow[] {
  const rows: CaseFileLedgerRow[] = [];
  if (application.submittedAt) rows.push({ on: chinaDateOf(application.submittedAt), text: '申请人网上提交申请', recordedBy: '' });
  if (application.receivedOn) rows.push({ on: application.receivedOn, text: `收到申请（${CHANNEL_LABELS[application.channel]}）`, recordedBy: '' });
  for (const e of events) rows.push({ on: e.on, text: describeEvent(e).replace(/^\S+ /, ''), recordedBy: e.recordedBy ?? '' });
  if (application.archivedAt) rows.push({ on: chinaDateOf(application.archivedAt), text: '归档', recordedBy: '' });
  return rows;
}
