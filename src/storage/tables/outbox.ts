/** outbox (migration 0009_outbox): one message to send, its state and its attempts (domain/outbox/outboxMessage.ts). */
export interface OutboxTable {
  id: string;
  /** The agency whose administrators see the message; null for system-wide messages. */
  agency_id: string | null;
  /** What the message is about, e.g. 'application' and the application's id. */
  subject_type: string | null;
  subject_id: string | null;
  /** email | sms */
  channel: string;
  recipient: string;
  subject: string;
  body: string;
  /** JSON array of { name, contentType, storageKey } or { name, contentType, base64 }. */
  attachments_json: string;
  /** pending | sending | sent | failed */
  status: string;
  attempts: number;
  /** ISO instant (UTC) from which the delivery job may take the message. */
  next_attempt_at: string;
  /** While `sending`: the lease of the process sending it; a crashed sender's lease expires and the message is taken again. */
  locked_until: string | null;
  /** The last attempt's error, in Chinese. */
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  created_by: string | null;
}

export interface OutboxTables {
  outbox: OutboxTable;
}
