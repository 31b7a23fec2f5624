import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Failed logins, kept in the database so every app process sees the same count. */
export async function recordLoginFailure(db: Kysely<Database>, username: string, ip: string, at: string): Promise<void> {
  await db.insertInto('login_failures').values({ id: randomUUID(), username, ip, at }).execute();
}

export interface RecentFailures {
  count: number;
  /** The newest failure's instant, or null when there is none. */
  latest: string | null;
}

/** Failures since `since` for an account, an address, or both together. */
export async function recentFailures(db: Kysely<Database>, by: { username?: string; ip?: string }, since: string): Promise<RecentFailures> {
  let query = db
    .selectFrom('login_failures')
    .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.max('at').as('latest')])
    .where('at', '>=', since);
  if (by.username !== undefined) query = query.where('username', '=', by.username);
  if (by.ip !== undefined) query = query.where('ip', '=', by.ip);
  const row = await query.executeTakeFirst();
  return { count: Number(row?.n ?? 0), latest: row?.latest ?? null };
}

/** A successful sign-in forgets the failures of that account from that address only. */
export async function clearLoginFailures(db: Kysely<Database>, username: string, ip: string): Promise<void> {
  await db.deleteFrom('login_failures').where('username', '=', username).where('ip', '=', ip).execute();
}

/** Delete failures recorded before `before`; returns how many went. */
export async function purgeLoginFailures(db: Kysely<Database>, before: string): Promise<number> {
  const result = await db.deleteFrom('login_failures').where('at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
