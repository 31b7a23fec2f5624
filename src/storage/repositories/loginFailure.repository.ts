import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Failed logins, kept in the database so every app process sees the same count. */
export async function recordLoginFailure(db: Kysely<Database>, username: string, ip: string, at: string): Promise<void> {
  await db.insertInto('login_failures').values({ id: randomUUID(), username, ip, at }).execute();
}

export async function countRecentFailures(db: Kysely<Database>, by: { username?: string; ip?: string }, since: string): Promise<number> {
  let query = db.selectFrom('login_failures').select((eb) => eb.fn.countAll<string | number>().as('n')).where('at', '>=', since);
  if (by.username !== undefined) query = query.where('username', '=', by.username);
  if (by.ip !== undefined) query = query.where('ip', '=', by.ip);
  return Number((await query.executeTakeFirst())?.n ?? 0);
}

export async function clearLoginFailures(db: Kysely<Database>, username: string): Promise<void> {
  await db.deleteFrom('login_failures').where('username', '=', username).execute();
}

/** Delete failures recorded before `before`; returns how many went. */
export async function purgeLoginFailures(db: Kysely<Database>, before: string): Promise<number> {
  const result = await db.deleteFrom('login_failures').where('at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
