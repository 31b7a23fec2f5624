import type { Kysely, Selectable, Updateable } from 'kysely';
import type { LetterKind, LetterStatus } from '../../domain/applications/letters/index.ts';
import type { OutcomeKey } from '../../domain/applications/vocabulary.ts';
import type { Database } from '../schema.ts';
import type { ApplicationLetterTable } from '../tables/letters.ts';


/** One piece of information provided with a letter: the bytes are in the AttachmentStore under `sha256`. */
export interface LetterAttachment {
  id: string;
  sha256: string;
  name: string;
  mediaType: string;
  size: number;
}

export interface StoredLetter {
  id: string;
  applicationId: string;
  agencyId: string;
  kind: LetterKind;
  outcome: OutcomeKey | null;
  title: string;
  addressee: string;
  body: string;
  status: LetterStatus;
  number: string | null;
  returnComment: string | null;
  preparerId: string | null;
  preparedAt: string | null;
  reviewerId: string | null;
  reviewedAt: string | null;
  approverId: string | null;
  approvedAt: string | null;
  approvedOn: string | null;
  attachments: LetterAttachment[];
  sentOn: string | null;
  sentAt: string | null;
  createdAt: string;
  updatedAt: string;
}

function toStoredLetter(row: Selectable<ApplicationLetterTable>, attachments: LetterAttachment[]): StoredLetter {
  return {
    id: row.id,
    applicationId: row.application_id,
    agencyId: row.agency_id,
    kind: row.kind as LetterKind,
    outcome: row.outcome as OutcomeKey | null,
    title: row.title,
    addressee: row.addressee,
    body: row.body,
    status: row.status as LetterStatus,
    number: row.number,
    returnComment: row.return_comment,
    preparerId: row.preparer_id,
    preparedAt: row.prepared_at,
    reviewerId: row.reviewer_id,
    reviewedAt: row.reviewed_at,
    approverId: row.approver_id,
    approvedAt: row.approved_at,
    approvedOn: row.approved_on,
    attachments,
    sentOn: row.sent_on,
    sentAt: row.sent_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface NewLetter {
  id: string;
  applicationId: string;
  agencyId: string;
  kind: LetterKind;
  outcome: OutcomeKey | null;
  title: string;
  addressee: string;
  body: string;
  createdBy: string | null;
  at: string;
}

export async function insertLetter(db: Kysely<Database>, letter: NewLetter): Promise<void> {
  await db
    .insertInto('application_letters')
    .values({
      id: letter.id,
      application_id: letter.applicationId,
      agency_id: letter.agencyId,
      kind: letter.kind,
      outcome: letter.outcome,
      title: letter.title,
      addressee: letter.addressee,
      body: letter.body,
      status: 'draft',
      created_by: letter.createdBy,
      created_at: letter.at,
      updated_at: letter.at,
    })
    .execute();
}

async function attachmentsOf(db: Kysely<Database>, letterIds: readonly string[]): Promise<Map<string, LetterAttachment[]>> {
  const byLetter = new Map<string, LetterAttachment[]>(letterIds.map((id) => [id, []]));
  if (letterIds.length === 0) return byLetter;
  const rows = await db.selectFrom('application_letter_attachments').selectAll().where('letter_id', 'in', [...letterIds]).orderBy('created_at').orderBy('id').execute();
  for (const row of rows) byLetter.get(row.letter_id)!.push({ id: row.id, sha256: row.sha256, name: row.name, mediaType: row.media_type, size: Number(row.size) });
  return byLetter;
}

export async function findLetter(db: Kysely<Database>, id: string): Promise<StoredLetter | null> {
  const row = await db.selectFrom('application_letters').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toStoredLetter(row, (await attachmentsOf(db, [row.id])).get(row.id)!) : null;
}

export async function listLettersOf(db: Kysely<Database>, applicationId: string): Promise<StoredLetter[]> {
  const rows = await db.selectFrom('application_letters').selectAll().where('application_id', '=', applicationId).orderBy('created_at').orderBy('id').execute();
  const attachments = await attachmentsOf(db, rows.map((row) => row.id));
  return rows.map((row) => toStoredLetter(row, attachments.get(row.id)!));
}

export async function insertLetterAttachment(db: Kysely<Database>, letterId: string, a: LetterAttachment, at: string, by: string | null): Promise<void> {
  await db
    .insertInto('application_letter_attachments')
    .values({ id: a.id, letter_id: letterId, sha256: a.sha256, name: a.name, media_type: a.mediaType, size: a.size, created_at: at, created_by: by })
    .execute();
}

export async function deleteLetterAttachment(db: Kysely<Database>, letterId: string, attachmentId: string): Promise<boolean> {
  const result = await db.deleteFrom('application_letter_attachments').where('id', '=', attachmentId).where('letter_id', '=', letterId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export type LetterPatch = Omit<Updateable<ApplicationLetterTable>, 'id' | 'application_id' | 'agency_id' | 'created_at' | 'created_by'>;

/** Applies a patch only while the letter is still in `expectedStatus` (a concurrent step loses); true when applied. */
export async function updateLetter(db: Kysely<Database>, id: string, expectedStatus: LetterStatus, patch: LetterPatch): Promise<boolean> {
  const result = await db.updateTable('application_letters').set(patch).where('id', '=', id).where('status', '=', expectedStatus).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

