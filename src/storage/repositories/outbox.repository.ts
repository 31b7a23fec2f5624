import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { OutboxTable } from '../tables/outbox.ts';
import type { OutboxAttachment, OutboxChannel, OutboxStatus } from '../../domain/outbox/outboxMessage.ts';

export interface StoredOutboxMessage {
  id: string;
  agencyId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  channel: OutboxChannel;
  recipient: string;
  subject: string;
  body: string;
  attachments: OutboxAttachment[];
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  /** The claim's lease while `sending`; the delivery job passes it back as proof the message is still its own. */
  lockedUntil: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  createdBy: string | null;
}

export type NewOutboxRow = Omit<OutboxTable, 'status' | 'attempts' | 'locked_until' | 'last_error' | 'sent_at'>;

function toMessage(row: Selectable<OutboxTable>): StoredOutboxMessage {
  return {
    id: row.id, agencyId: row.agency_id, subjectType: row.subject_type, subjectId: row.subject_id, channel: row.channel as OutboxChannel,
    recipient: row.recipient, subject: row.subject, body: row.body, attachments: JSON.parse(row.attachments_json) as OutboxAttachment[],
    status: row.status as OutboxStatus, attempts: Number(row.attempts), nextAttemptAt: row.next_attempt_at, lockedUntil: row.locked_until,
    lastError: row.last_error, createdAt: row.created_at, sentAt: row.sent_at, createdBy: row.created_by,
  };
}

export async function insertOutboxMessage(db: Kysely<Database>, row: NewOutboxRow): Promise<void> {
  await db.insertInto('outbox').values({ ...row, status: 'pending', attempts: 0, locked_until: null, last_error: null, sent_at: null }).execute();
}

export async function findOutboxMessage(db: Kysely<Database>, id: string): Promise<StoredOutboxMessage | null> {
  const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toMessage(row) : null;
}

/**
 * Take up to `limit` due messages of the given channels in one atomic UPDATE … RETURNING, as claimJob does
 * for jobs: status `sending`, one more attempt, a lease until `leaseUntil`. Due means pending and
 * next_attempt_at reached, or `sending` with an expired lease (its sender crashed). The outer WHERE repeats
 * the condition, so on PostgreSQL a process that loses the race for a row re-checks it after the winner
 * commits and skips it; SQLite has one writer. Two runs never hold the same message.
 */
export async function claimDueMessages(
  db: Kysely<Database>,
  claim: { now: string; leaseUntil: string; channels: readonly OutboxChannel[]; limit: number },
): Promise<StoredOutboxMessage[]> {
  if (!claim.channels.length) return [];
  const due = sql<boolean>`((status = 'pending' and next_attempt_at <= ${claim.now}) or (status = 'sending' and locked_until < ${claim.now}))`;
  const candidates = db
    .selectFrom('outbox')
    .select('id')
    .where('channel', 'in', [...claim.channels])
    .where(due)
    .orderBy('next_attempt_at')
    .limit(claim.limit);
  const update = () =>
    db
      .updateTable('outbox')
      .set({ status: 'sending', attempts: sql<number>`attempts + 1`, locked_until: claim.leaseUntil })
      .where('id', 'in', candidates)
      .where(due)
      .returningAll()
      .execute();
  // A run that lost every candidate to a concurrent claim gets nothing back; the next try selects the rows after them.
  let rows = await update();
  for (let retry = 0; !rows.length && retry < CLAIM_RETRIES; retry += 1) rows = await update();
  return rows.map(toMessage).sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt));
}

const CLAIM_RETRIES = 2;

/** Settle a claimed message (only while the claim is still this one: same lease); false when another run took it over. */
export async function settleClaimedMessage(
  db: Kysely<Database>,
  id: string,
  lease: string,
  outcome: { status: OutboxStatus; at: string; error: string | null; nextAttemptAt?: string },
): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({
      status: outcome.status, locked_until: null, last_error: outcome.error,
      ...(outcome.status === 'sent' ? { sent_at: outcome.at } : {}),
      ...(outcome.nextAttemptAt ? { next_attempt_at: outcome.nextAttemptAt } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where('locked_until', '=', lease)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A failed message back in the queue with a fresh round of attempts (重新发送); false unless it was `failed`. */
export async function requeueFailedMessage(db: Kysely<Database>, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now, locked_until: null })
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface OutboxFilter {
  /** The agencies whose messages to list; null for every message (system administrators). */
  agencyIds: readonly string[] | null;
  status?: OutboxStatus;
  limit: number;
  offset: number;
}

/** Newest first, with the total for paging. */
export async function listOutboxMessages(db: Kysely<Database>, filter: OutboxFilter): Promise<{ messages: StoredOutboxMessage[]; total: number }> {
  if (filter.agencyIds && !filter.agencyIds.length) return { messages: [], total: 0 };
  let query = db.selectFrom('outbox');
  if (filter.agencyIds) query = query.where('agency_id', 'in', [...filter.agencyIds]);
  if (filter.status) query = query.where('status', '=', filter.status);
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(filter.limit).offset(filter.offset).execute();
  return { messages: rows.map(toMessage), total: Number(total.n) };
}

/** How many messages of the agencies (null: all) have failed for good: the 工作台 points to them. */
export async function countFailedMessages(db: Kysely<Database>, agencyIds: readonly string[] | null): Promise<number> {
  if (agencyIds && !agencyIds.length) return 0;
  let query = db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'failed');
  if (agencyIds) query = query.where('agency_id', 'in', [...agencyIds]);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** Whether a message about this subject was already queued (daily digests are queued once). */
export async function outboxHasSubject(db: Kysely<Database>, subjectType: string, subjectId: string): Promise<boolean> {
  const row = await db.selectFrom('outbox').select('id').where('subject_type', '=', subjectType).where('subject_id', '=', subjectId).executeTakeFirst();
  return row !== undefined;
}
