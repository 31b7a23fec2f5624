import { randomUUID } from 'node:crypto';
import type { ApplicationEvent } from '../../domain/applications/application.ts';
import type { AnswerClock } from '../../domain/applications/answerClock.ts';
import type { StoredApplication } from '../../domain/applications/stored.ts';
import { appendApplicationEvent } from '../../storage/repositories/applicationEvent.repository.ts';
import { findApplication, insertApplication, type NewApplication } from '../../storage/repositories/application.repository.ts';
import { loadCalendar } from '../calendar/loadCalendar.ts';
import type { AppContext } from '../context.ts';
import { refreshClock } from './refreshClock.ts';
import { hashQueryCode, newQueryCode, newTrackingNo } from './trackingCodes.ts';

export type ApplicationDraft = Omit<NewApplication, 'id' | 'trackingNo' | 'queryCodeHash' | 'createdAt' | 'updatedAt' | 'createdBy'>;

/**
 * Insert one application with its ledger (already validated by the caller) inside the
 * caller's transaction, give it a tracking number and query code, and compute its clock.
 */
export async function storeApplication(
  tx: AppContext,
  draft: ApplicationDraft,
  events: readonly ApplicationEvent[] = [],
): Promise<{ application: StoredApplication; queryCode: string; clock: AnswerClock | null }> {
  const now = tx.clock.now();
  const queryCode = newQueryCode();
  const id = randomUUID();
  await insertApplication(tx.db, {
    ...draft,
    id,
    trackingNo: await newTrackingNo(tx.db, tx.clock.today()),
    queryCodeHash: hashQueryCode(queryCode),
    createdBy: tx.actor.id,
    createdAt: now,
    updatedAt: now,
  });
  let seq = 0;
  for (const event of events) await appendApplicationEvent(tx.db, id, ++seq, event, tx.actor.name, now);
  const inserted = (await findApplication(tx.db, id))!;
  const clock = await refreshClock(tx, await loadCalendar(tx), inserted, events);
  return { application: (await findApplication(tx.db, id))!, queryCode, clock };
}
