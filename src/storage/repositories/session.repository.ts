import type { Kysely } from 'kysely';
import type { Clock } from '../../domain/shared/clock.ts';
import type { Database } from '../schema.ts';

/** What a web session holds; `cookie` carries the expiry chosen by the session plugin. */
export interface StoredSession {
  cookie?: { expires?: Date | string | null; originalMaxAge?: number | null };
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

export const DEFAULT_SESSION_LIFETIME_MS = 8 * 3600 * 1000;

export function databaseSessionStore<S extends StoredSession = StoredSession>(
  db: Kysely<Database>,
  clock: Clock,
  { lifetimeMs = DEFAULT_SESSION_LIFETIME_MS, purgeEveryMs = 10 * 60 * 1000 } = {},
): SessionStore<S> {
  let lastPurge = 0;

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

  return {
    get(sessionId, callback) {
      const now = clock.now();
      db.selectFrom('sessions')
        .select(['data_json', 'expires_at'])
        .where('id', '=', sessionId)
        .executeTakeFirst()
        .then((row) => {
          if (!row || row.expires_at <= now) return callback(null, null);
          const session = JSON.parse(row.data_json) as S;
          if (session.cookie?.expires) session.cookie.expires = new Date(session.cookie.expires);
          callback(null, session);
        }, callback);
    },
    set(sessionId, session, callback) {
      const now = clock.now();
      const row = { id: sessionId, data_json: JSON.stringify(session), expires_at: expiryOf(session, now) };
      db.insertInto('sessions')
        .values(row)
        .onConflict((conflict) => conflict.column('id').doUpdateSet({ data_json: row.data_json, expires_at: row.expires_at }))
        .execute()
        .then(() => purgeExpiredOccasionally(now))
        .then(() => callback(), callback);
    },
    destroy(sessionId, callback) {
      db.deleteFrom('sessions')
        .where('id', '=', sessionId)
        .execute()
        .then(() => callback(), callback);
    },
  };
}

/** Delete every session that expired before `now`; returns how many went. */
export async function purgeExpiredSessions(db: Kysely<Database>, now: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
