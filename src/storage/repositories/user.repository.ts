import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, UserTable } from '../schema.ts';
import type { Role } from '../../domain/accounts/roles.ts';

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  agencyId: string | null;
  regionId: string | null;
  roles: Role[];
  disabled: boolean;
  createdAt: string;
  /** Where the weekly summary of the work queue goes; null = none. */
  email: string | null;
}

function toUser(row: Selectable<UserTable>): UserRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    agencyId: row.agency_id,
    regionId: row.region_id,
    roles: JSON.parse(row.roles_json) as Role[],
    disabled: Boolean(Number(row.disabled)),
    createdAt: row.created_at,
    email: row.email ?? null,
  };
}

export async function insertUser(db: Kysely<Database>, user: Omit<UserRecord, 'id' | 'email'> & { email?: string | null }): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('users')
    .values({
      id,
      username: user.username,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      agency_id: user.agencyId,
      region_id: user.regionId,
      roles_json: JSON.stringify(user.roles),
      disabled: user.disabled ? 1 : 0,
      created_at: user.createdAt,
      email: user.email ?? null,
    })
    .execute();
  return id;
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function findUserByUsername(db: Kysely<Database>, username: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  return row && toUser(row);
}

export async function listUserRecords(db: Kysely<Database>, agencyId?: string): Promise<UserRecord[]> {
  let query = db.selectFrom('users').selectAll().orderBy('username');
  if (agencyId) query = query.where('agency_id', '=', agencyId);
  return (await query.execute()).map(toUser);
}

/** Enabled accounts that gave an e-mail address (the weekly summary's recipients), by username. */
export async function listUsersWithEmail(db: Kysely<Database>): Promise<{ id: string; agencyId: string | null; email: string }[]> {
  const rows = await db.selectFrom('users').select(['id', 'agency_id', 'email']).where('email', 'is not', null).where('disabled', '=', 0).orderBy('username').execute();
  return rows.map((row) => ({ id: row.id, agencyId: row.agency_id, email: row.email! }));
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Roles, agency and region of an account (its access); the caller audits the change. */
export async function updateUserAccess(db: Kysely<Database>, id: string, access: Pick<UserRecord, 'roles' | 'agencyId' | 'regionId'>): Promise<void> {
  await db.updateTable('users').set({ roles_json: JSON.stringify(access.roles), agency_id: access.agencyId, region_id: access.regionId }).where('id', '=', id).execute();
}

export async function setUserEmailAddress(db: Kysely<Database>, id: string, email: string | null): Promise<void> {
  await db.updateTable('users').set({ email }).where('id', '=', id).execute();
}

export async function setUserDisabled(db: Kysely<Database>, id: string, disabled: boolean): Promise<void> {
  await db.updateTable('users').set({ disabled: disabled ? 1 : 0 }).where('id', '=', id).execute();
}

export async function setUserPasswordHash(db: Kysely<Database>, id: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}

/** The latest successful sign-in of each account, from the audit log (`auth.login`). */
export async function lastLoginTimes(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('audit_events')
    .select(['entity_id', (eb) => eb.fn.max('at').as('last')])
    .where('action', '=', 'auth.login')
    .where('entity_type', '=', 'user')
    .groupBy('entity_id')
    .execute();
  return new Map(rows.filter((row) => row.entity_id !== null).map((row) => [row.entity_id as string, String(row.last)]));
}
