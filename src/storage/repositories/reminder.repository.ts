import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export type ReminderKind = 'approaching' | 'overdue';

export interface Reminder {
  id: string;
  deadlineId: string;
  kind: ReminderKind;
  documentId: string;
  agencyId: string;
  title: string;
  dueDate: string;
  createdAt: string;
}

export interface UnpublishedDeadline {
  deadlineId: string;
  documentId: string;
  agencyId: string;
  title: string;
  dueDate: string;
}

/**
 * The current publication deadline (the last recorded) of every document never published whose due
 * date is on or before `horizon`.
 */
export async function listUnpublishedDeadlinesUntil(db: Kysely<Database>, horizon: string): Promise<UnpublishedDeadline[]> {
  const rows = await db
    .selectFrom('deadlines as d')
    .innerJoin('documents as doc', 'doc.id', 'd.subject_id')
    .select(['d.id as deadlineId', 'doc.id as documentId', 'doc.agency_id as agencyId', 'doc.title as title', 'd.due_date as dueDate', 'd.created_at as createdAt'])
    .where('d.subject_type', '=', 'document')
    .where('doc.first_published_at', 'is', null)
    .where('d.due_date', 'is not', null)
    .orderBy('d.created_at')
    .orderBy('d.id')
    .execute();
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) latest.set(row.documentId, row);
  return [...latest.values()]
    .filter((r) => r.dueDate! <= horizon)
    .map((r) => ({ deadlineId: r.deadlineId, documentId: r.documentId, agencyId: r.agencyId, title: r.title, dueDate: r.dueDate! }));
}

/** Insert the reminder unless one of this kind exists for the deadline; true if it was new. */
export async function insertReminderOnce(db: Kysely<Database>, reminder: Omit<Reminder, 'id'>): Promise<boolean> {
  const result = await db
    .insertInto('reminders')
    .values({
      id: randomUUID(), deadline_id: reminder.deadlineId, kind: reminder.kind, document_id: reminder.documentId,
      agency_id: reminder.agencyId, title: reminder.title, due_date: reminder.dueDate, created_at: reminder.createdAt,
    })
    .onConflict((c) => c.columns(['deadline_id', 'kind']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Open reminders (documents still unpublished), for the agencies given or all when null, soonest first. */
export async function listOpenReminders(db: Kysely<Database>, agencyIds: string[] | null): Promise<Reminder[]> {
  let query = db
    .selectFrom('reminders as r')
    .innerJoin('documents as doc', 'doc.id', 'r.document_id')
    .selectAll('r')
    .where('doc.first_published_at', 'is', null)
    .orderBy('r.due_date')
    .orderBy('r.kind', 'desc');
  if (agencyIds?.length === 0) return [];
  if (agencyIds) query = query.where('r.agency_id', 'in', agencyIds);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id, deadlineId: r.deadline_id, kind: r.kind as ReminderKind, documentId: r.document_id, agencyId: r.agency_id,
    title: r.title, dueDate: r.due_date, createdAt: r.created_at,
  }));
}
