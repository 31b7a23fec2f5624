import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ApplicationEvent } from '../../domain/applications/application.ts';
import type { StoredApplicationEvent } from '../../domain/applications/stored.ts';
import type { EventType } from '../../domain/applications/vocabulary.ts';
import type { Database } from '../schema.ts';

type EventRow = { id: string; application_id: string; seq: number; type: string; on_date: string; data_json: string; recorded_by: string | null; recorded_at: string };

function toEvent(row: EventRow): StoredApplicationEvent {
  const data = JSON.parse(row.data_json) as Omit<ApplicationEvent, 'type' | 'on'>;
  return { ...data, type: row.type as EventType, on: row.on_date, id: row.id, seq: Number(row.seq), recordedBy: row.recorded_by, recordedAt: row.recorded_at };
}

export async function listApplicationEvents(db: Kysely<Database>, applicationId: string): Promise<StoredApplicationEvent[]> {
  const rows = await db.selectFrom('application_events').selectAll().where('application_id', '=', applicationId).orderBy('seq').execute();
  return rows.map(toEvent);
}

/** Events of many applications at once (imports, recomputation, exports), grouped by application. */
export async function listEventsOf(db: Kysely<Database>, applicationIds: readonly string[]): Promise<Map<string, StoredApplicationEvent[]>> {
  const out = new Map<string, StoredApplicationEvent[]>();
  for (let i = 0; i < applicationIds.length; i += 500) {
    const chunk = applicationIds.slice(i, i + 500);
    const rows = await db.selectFrom('application_events').selectAll().where('application_id', 'in', chunk).orderBy('application_id').orderBy('seq').execute();
    for (const row of rows) out.set(row.application_id, [...(out.get(row.application_id) ?? []), toEvent(row)]);
  }
  return out;
}

/** Append one event at the end of the ledger (seq is unique per application, so two writers cannot both append the same place). */
export async function appendApplicationEvent(db: Kysely<Database>, applicationId: string, seq: number, event: ApplicationEvent, recordedBy: string | null, at: string): Promise<StoredApplicationEvent> {
  const { type, on, ...data } = event;
  const row = { id: randomUUID(), application_id: applicationId, seq, type, on_date: on, data_json: JSON.stringify(data), recorded_by: recordedBy, recorded_at: at };
  await db.insertInto('application_events').values(row).execute();
  return toEvent(row);
}
