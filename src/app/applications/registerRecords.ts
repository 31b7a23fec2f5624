import type { ApplicationEvent, ApplicationRecord } from '../../domain/applications/application.ts';
import type { StoredApplication, StoredApplicationEvent } from '../../domain/applications/stored.ts';
import { listEventsOf } from '../../storage/repositories/applicationEvent.repository.ts';
import { listAllApplications } from '../../storage/repositories/applicationList.repository.ts';
import type { AppContext } from '../context.ts';

/** A stored ledger event as the contract exchanges it: without its row id, place and recorder. */
function contractEvent(event: StoredApplicationEvent): ApplicationEvent {
  const { id: _id, seq: _seq, recordedBy: _by, recordedAt: _at, ...rest } = event;
  return rest;
}

/** One stored application as the contract's record (§2). Only received applications have one. */
export function contractRecord(application: StoredApplication, events: readonly StoredApplicationEvent[]): ApplicationRecord | null {
  if (!application.receivedOn) return null;
  return {
    ...(application.ref ? { ref: application.ref } : {}),
    receivedOn: application.receivedOn,
    channel: application.channel,
    applicantType: application.applicantType,
    applicant: application.applicant,
    request: application.request,
    deliveryForm: application.deliveryForm,
    events: events.map(contractEvent),
  };
}

/**
 * Every received application of an agency with its ledger, oldest first. Callers check
 * permission first: this reads personal data.
 */
export async function loadRegister(ctx: AppContext, agencyId: string): Promise<{ application: StoredApplication; record: ApplicationRecord }[]> {
  const applications = await listAllApplications(ctx.db, [agencyId]);
  const events = await listEventsOf(ctx.db, applications.map((a) => a.id));
  return applications.flatMap((application) => {
    const record = contractRecord(application, events.get(application.id) ?? []);
    return record ? [{ application, record }] : [];
  });
}
