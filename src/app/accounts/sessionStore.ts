import type { AppContext } from '../context.ts';
import {
  databaseSessionStore, DEFAULT_SESSION_LIFETIME_MS, type SessionStore, type SessionStoreOptions, type StoredSession,
} from '../../storage/repositories/session.repository.ts';

export { DEFAULT_SESSION_LIFETIME_MS };

/**
 * The web's sign-in sessions, kept in the database (table `sessions`) so that every process behind the proxy
 * shares them and a restart keeps people signed in: an idle lifetime (8 hours) and an absolute one counted from
 * sign-in (12 hours), expired rows purged now and then (storage/repositories/session.repository.ts).
 */
export function sessionStore<S extends StoredSession = StoredSession>(ctx: Pick<AppContext, 'db' | 'clock'>, options: SessionStoreOptions = {}): SessionStore<S> {
  return databaseSessionStore<S>(ctx.db, ctx.clock, options);
}
