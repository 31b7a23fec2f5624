import type { Kysely } from 'kysely';
import type { Clock } from '../../domain/shared/clock.ts';
import type { Database } from '../schema.ts';

/** What a web session holds; `cookie` carries the expiry chosen by the session plugin. */
export interface StoredSession {
  cookie?: { expires?: Date | string | null; originalMaxAge?: number | null };
  /** When the user signed in (ISO instant): the absolute lifetime counts from here, however active the session. */
  signedInAt?: string;
}

type Done = (error?: unknown) => void;

/**
 * The session store for @fastify/session (get/set/destroy with callbacks),
 * keeping sessions in the `sessions` table so they survive restarts and are
 * shared by every server process. Expired rows are never returned and are
 * purged at most once per `purgeEveryMs`.
 */
export interface SessionStore<S extends StoredSession = StoredSession> {
  get(sessionId: string, callback: (error: unknown, session?: S | null) => void): void;
  set(sessionId: string, session: S, callback: Done): void;
  destroy(sessionId: string, callback: Done): void;
}

/** Idle expiry (renewed by activity) and absolute lifetime from sign-in (OWASP Session Management: both). */
export const DEFAULT_SESSION_LIFETIME_MS = 8 * 3600 * 1000;
export const DEFAULT_ABSOLUTE_LIFETIME_MS = 12 * 3600 * 1000;

export interface SessionStoreOptions {
  lifetimeMs?: number;
  absoluteLifetimeMs?: number;
  purgeEveryMs?: number;
  /**
   * Where an exception thrown by the plugin's callback goes. The callback writes the response; thrown
   * inside our promise chain it would otherwise be an unhandled rejection, which stops the process.
   */
  onCallbackError?: (error: unknown) => void;
}

const reportToStderr = (error: unknown) => process.stderr.write(`会话回调出错：${error instanceof Error ? error.message : String(error)}\n`);

export function databaseSessionStore<S extends StoredSession = StoredSession>(
  db: Kysely<Database>,
  clock: Clock,
  options: SessionStoreOptions = {},
): SessionStore<S> {
  const { lifetimeMs = DEFAULT_SESSION_LIFETIME_MS, absoluteLifetimeMs = DEFAULT_ABSOLUTE_LIFETIME_MS, purgeEveryMs = 10 * 60 * 1000 } = options;
  const onCallbackError = options.onCallbackError ?? reportToStderr;
  let lastPurge = 0;

  /** Hand the result to the plugin's callback; whatever the callback throws goes to `onCallbackError`. */
  function settle<T>(work: Promise<T>, callback: (error: unknown, value?: T) => void): void {
    work.then((value) => callback(null, value), (error: unknown) => callback(error)).catch(onCallbackError);
  }

  async function purgeExpiredOccasionally(now: string): Promise<void> {
    const nowMs = Date.parse(now);
    if (nowMs - lastPurge < purgeEveryMs) return;
    lastPurge = nowMs;
    await purgeExpiredSessions(db, now);
  }

  /** Expiry counted on the store's clock (not the plugin's Date), so tests with a fixed clock agree. */
  function expiryOf(session: S, now: string): string {
    const maxAge = session.cookie?.originalMaxAge ?? lifetimeMs;
    return new Date(Date.parse(now) + maxAge).toISOString();
  }

  const outlived = (session: S, now: string) =>
    session.signedInAt !== undefined && Date.parse(now) - Date.parse(session.signedInAt) >= absoluteLifetimeMs;

  async function read(sessionId: string): Promise<S | null> {
    const now = clock.now();
    const row = await db.selectFrom('sessions').select(['data_json', 'expires_at']).where('id', '=', sessionId).executeTakeFirst();
    if (!row || row.expires_at <= now) return null;
    const session = JSON.parse(row.data_json) as S;
    if (outlived(session, now)) {
      await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
      return null;
    }
    if (session.cookie?.expires) session.cookie.expires = new Date(session.cookie.expires);
    return session;
  }

  async function write(sessionId: string, session: S): Promise<void> {
    const now = clock.now();
    const row = { id: sessionId, data_json: JSON.stringify(session), expires_at: expiryOf(session, now) };
    await db.insertInto('sessions')
      .values(row)
      .onConflict((conflict) => conflict.column('id').doUpdateSet({ data_json: row.data_json, expires_at: row.expires_at }))
      .execute();
    await purgeExpiredOccasionally(now);
  }

  return {
    get: (sessionId, callback) => settle(read(sessionId), callback),
    set: (sessionId, session, callback) => settle(write(sessionId, session), callback),
    destroy: (sessionId, callback) => settle(db.deleteFrom('sessions').where('id', '=', sessionId).execute(), callback),
  };
}

/** Delete every session that expired before `now`; returns how many went. */
export async function purgeExpiredSessions(db: Kysely<Database>, now: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * End every session of one user except `keepSessionId` (after a password change, disabling or a reset:
 * OWASP Session Management, "renew or invalidate sessions on credential change"). The LIKE narrows the
 * rows; the parsed JSON decides.
 */
export async function deleteSessionsOfUser(db: Kysely<Database>, userId: string, keepSessionId: string | null = null): Promise<number> {
  const rows = await db.selectFrom('sessions').select(['id', 'data_json']).where('data_json', 'like', `%${userId}%`).execute();
  const ids = rows.filter((row) => row.id !== keepSessionId && (JSON.parse(row.data_json) as { userId?: string }).userId === userId).map((row) => row.id);
  if (ids.length === 0) return 0;
  const result = await db.deleteFrom('sessions').where('id', 'in', ids).executeTakeFirst();
  return Number(result.numDeletedRows);
}
