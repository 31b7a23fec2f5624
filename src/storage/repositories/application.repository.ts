import type { Kysely, Selectable } from 'kysely';
import type { ApplicantDetails } from '../../domain/applications/application.ts';
import type { ApplicationStatus } from '../../domain/applications/status.ts';
import type { DeliveryChoice, StoredApplication } from '../../domain/applications/stored.ts';
import type { ApplicantType, Channel, DeliveryForm, OutcomeKey } from '../../domain/applications/vocabulary.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import type { Database } from '../schema.ts';
import type { ApplicationTable } from '../tables/applications.ts';
import { updateRowsById } from './batchUpdate.ts';

export function toStoredApplication(row: Selectable<ApplicationTable>): StoredApplication {
  return {
    id: row.id,
    agencyId: row.agency_id,
    trackingNo: row.tracking_no,
    ref: row.ref,
    source: row.source as StoredApplication['source'],
    channel: row.channel as Channel,
    applicantType: row.applicant_type as ApplicantType,
    applicant: JSON.parse(row.applicant_json) as ApplicantDetails,
    request: row.request_text,
    deliveryForm: row.delivery_form as DeliveryForm,
    delivery: row.delivery_json ? (JSON.parse(row.delivery_json) as DeliveryChoice) : null,
    submittedAt: row.submitted_at,
    receivedOn: row.received_on,
    receivedBasis: row.received_basis,
    status: row.status as ApplicationStatus,
    dueOn: row.due_on,
    provisional: Number(row.provisional) === 1,
    correctionNoticeDue: row.correction_notice_due,
    closedOn: row.closed_on,
    outcome: row.outcome as OutcomeKey | null,
    handlerId: row.handler_id,
    proactiveSuggestion: row.proactive_suggestion,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface NewApplication extends Omit<StoredApplication, 'status' | 'dueOn' | 'provisional' | 'correctionNoticeDue' | 'closedOn' | 'outcome' | 'handlerId' | 'proactiveSuggestion' | 'archivedAt'> {
  queryCodeHash: string;
  dedupeKey: string | null;
  createdBy: string | null;
}

export async function insertApplication(db: Kysely<Database>, a: NewApplication): Promise<void> {
  await db
    .insertInto('applications')
    .values({
      id: a.id,
      agency_id: a.agencyId,
      tracking_no: a.trackingNo,
      query_code_hash: a.queryCodeHash,
      ref: a.ref,
      source: a.source,
      channel: a.channel,
      applicant_type: a.applicantType,
      applicant_name: a.applicant.name,
      applicant_json: JSON.stringify(a.applicant),
      request_text: a.request,
      delivery_form: a.deliveryForm,
      delivery_json: a.delivery ? JSON.stringify(a.delivery) : null,
      submitted_at: a.submittedAt,
      received_on: a.receivedOn,
      received_basis: a.receivedBasis,
      status: 'unconfirmed',
      provisional: 0,
      dedupe_key: a.dedupeKey,
      created_by: a.createdBy,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
    })
    .execute();
}

export async function findApplication(db: Kysely<Database>, id: string): Promise<StoredApplication | null> {
  const row = await db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toStoredApplication(row) : null;
}

/** The row and its query-code hash, for the public status page (compared in constant time by the caller). */
export async function findApplicationByTrackingNo(db: Kysely<Database>, trackingNo: string) {
  const row = await db.selectFrom('applications').selectAll().where('tracking_no', '=', trackingNo).executeTakeFirst();
  return row ? { application: toStoredApplication(row), queryCodeHash: row.query_code_hash } : null;
}

export async function trackingNoExists(db: Kysely<Database>, trackingNo: string): Promise<boolean> {
  return (await db.selectFrom('applications').select('id').where('tracking_no', '=', trackingNo).executeTakeFirst()) !== undefined;
}

/** The state the answer clock derives, written after every ledger change. */
export type ApplicationClockColumns = Pick<StoredApplication, 'receivedOn' | 'receivedBasis' | 'status' | 'dueOn' | 'provisional' | 'correctionNoticeDue' | 'closedOn' | 'outcome'>;

export async function updateApplicationClock(db: Kysely<Database>, id: string, c: ApplicationClockColumns, at: string): Promise<void> {
  await db
    .updateTable('applications')
    .set({
      received_on: c.receivedOn,
      received_basis: c.receivedBasis,
      status: c.status,
      due_on: c.dueOn,
      provisional: c.provisional ? 1 : 0,
      correction_notice_due: c.correctionNoticeDue,
      closed_on: c.closedOn,
      outcome: c.outcome,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

export async function updateApplicationDue(db: Kysely<Database>, id: string, dueOn: LocalDate | null, provisional: boolean): Promise<void> {
  await db.updateTable('applications').set({ due_on: dueOn, provisional: provisional ? 1 : 0 }).where('id', '=', id).execute();
}

export async function updateCorrectionNoticeDue(db: Kysely<Database>, id: string, due: LocalDate | null): Promise<void> {
  await db.updateTable('applications').set({ correction_notice_due: due }).where('id', '=', id).execute();
}

/** Many recomputed answer due dates (a calendar edit): one UPDATE per batch. */
export async function updateApplicationDues(db: Kysely<Database>, dues: readonly { id: string; due: LocalDate | null; provisional: boolean }[]): Promise<void> {
  const rows = dues.map((d) => [d.id, d.due, d.provisional ? 1 : 0] as const);
  await updateRowsById(db, 'applications', [{ column: 'due_on' }, { column: 'provisional', integer: true }], rows);
}

/** Many recomputed 补正 notice dates (a calendar edit): one UPDATE per batch. */
export async function updateCorrectionNoticeDues(db: Kysely<Database>, dues: readonly { id: string; due: LocalDate | null }[]): Promise<void> {
  await updateRowsById(db, 'applications', [{ column: 'correction_notice_due' }], dues.map((d) => [d.id, d.due] as const));
}

export async function setApplicationHandler(db: Kysely<Database>, id: string, handlerId: string | null, at: string): Promise<void> {
  await db.updateTable('applications').set({ handler_id: handlerId, updated_at: at }).where('id', '=', id).execute();
}

export async function setProactiveSuggestion(db: Kysely<Database>, id: string, itemKey: string | null, at: string): Promise<void> {
  await db.updateTable('applications').set({ proactive_suggestion: itemKey, updated_at: at }).where('id', '=', id).execute();
}

export async function setArchived(db: Kysely<Database>, id: string, at: string | null): Promise<void> {
  await db.updateTable('applications').set({ archived_at: at }).where('id', '=', id).execute();
}

/** A submission with the same content from the same applicant since `since`, if any. */
export async function findRecentDuplicate(db: Kysely<Database>, dedupeKey: string, since: string) {
  return db.selectFrom('applications').select(['tracking_no', 'created_at']).where('dedupe_key', '=', dedupeKey).where('created_at', '>=', since).executeTakeFirst();
}
