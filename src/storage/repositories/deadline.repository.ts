import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { TimeLimitRule } from '../../domain/catalog/catalog.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import type { DeadlineTable } from '../tables/calendar.ts';
import type { Database } from '../schema.ts';
import { updateRowsById } from './batchUpdate.ts';

export interface StoredDeadline {
  id: string;
  subjectType: string;
  subjectId: string;
  label: string;
  agencyId: string | null;
  rule: TimeLimitRule;
  startDate: LocalDate;
  dueDate: LocalDate | null;
  provisional: boolean;
  computedAt: string;
  createdAt: string;
}

export type NewDeadline = Omit<StoredDeadline, 'id' | 'createdAt'>;

function toDeadline(row: Selectable<DeadlineTable>): StoredDeadline {
  return {
    id: row.id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    label: row.label,
    agencyId: row.agency_id,
    rule: JSON.parse(row.rule_json) as TimeLimitRule,
    startDate: row.start_date,
    dueDate: row.due_date,
    provisional: Number(row.provisional) === 1,
    computedAt: row.computed_at,
    createdAt: row.created_at,
  };
}

export async function insertDeadline(db: Kysely<Database>, deadline: NewDeadline): Promise<StoredDeadline> {
  const stored: StoredDeadline = { ...deadline, id: randomUUID(), createdAt: deadline.computedAt };
  await db
    .insertInto('deadlines')
    .values({
      id: stored.id,
      subject_type: stored.subjectType,
      subject_id: stored.subjectId,
      label: stored.label,
      agency_id: stored.agencyId,
      rule_json: JSON.stringify(stored.rule),
      start_date: stored.startDate,
      due_date: stored.dueDate,
      provisional: stored.provisional ? 1 : 0,
      computed_at: stored.computedAt,
      created_at: stored.createdAt,
    })
    .execute();
  return stored;
}

export async function findDeadline(db: Kysely<Database>, id: string): Promise<StoredDeadline | null> {
  const row = await db.selectFrom('deadlines').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toDeadline(row) : null;
}

export async function listDeadlinesFor(db: Kysely<Database>, subjectType: string, subjectId: string): Promise<StoredDeadline[]> {
  const rows = await db.selectFrom('deadlines').selectAll().where('subject_type', '=', subjectType).where('subject_id', '=', subjectId).orderBy('created_at').execute();
  return rows.map(toDeadline);
}

/**
 * Deadlines a change of the days `from`…`to` may move: provisional ones, and those
 * whose span (start, due] overlaps the changed days. A superset: callers recompute
 * and keep only real changes.
 */
export async function listDeadlinesTouching(db: Kysely<Database>, from: LocalDate, to: LocalDate): Promise<StoredDeadline[]> {
  const rows = await db
    .selectFrom('deadlines')
    .selectAll()
    .where('due_date', 'is not', null)
    .where('settled_at', 'is', null)
    .where((eb) => eb.or([eb('provisional', '=', 1), eb.and([eb('start_date', '<', to), eb('due_date', '>=', from)])]))
    .orderBy('due_date')
    .execute();
  return rows.map(toDeadline);
}

export async function updateDeadlineDue(db: Kysely<Database>, id: string, due: LocalDate | null, provisional: boolean, at: string): Promise<void> {
  await db.updateTable('deadlines').set({ due_date: due, provisional: provisional ? 1 : 0, computed_at: at }).where('id', '=', id).execute();
}

/** A recomputed due date (recomputeDeadlines). */
export interface DeadlineDue {
  id: string;
  due: LocalDate | null;
  provisional: boolean;
}

/** Many recomputed due dates at once: one UPDATE per batch instead of one per deadline. */
export async function updateDeadlineDues(db: Kysely<Database>, dues: readonly DeadlineDue[], at: string): Promise<void> {
  const rows = dues.map((d) => [d.id, d.due, d.provisional ? 1 : 0] as const);
  await updateRowsById(db, 'deadlines', [{ column: 'due_date' }, { column: 'provisional', integer: true }], rows, { computed_at: at });
}

/** The deadline of a subject, by kind (one per subject and kind, e.g. an application's answer period). */
export async function findDeadlineOf(db: Kysely<Database>, subjectType: string, subjectId: string): Promise<StoredDeadline | null> {
  const row = await db.selectFrom('deadlines').selectAll().where('subject_type', '=', subjectType).where('subject_id', '=', subjectId).executeTakeFirst();
  return row ? toDeadline(row) : null;
}

/** Replace a deadline's rule and result (a ledger changed); `settled` freezes it against later calendar edits. */
export async function replaceDeadline(db: Kysely<Database>, id: string, d: Pick<StoredDeadline, 'rule' | 'startDate' | 'dueDate' | 'provisional' | 'computedAt'>, settledAt: string | null): Promise<void> {
  await db
    .updateTable('deadlines')
    .set({ rule_json: JSON.stringify(d.rule), start_date: d.startDate, due_date: d.dueDate, provisional: d.provisional ? 1 : 0, computed_at: d.computedAt, settled_at: settledAt })
    .where('id', '=', id)
    .execute();
}
