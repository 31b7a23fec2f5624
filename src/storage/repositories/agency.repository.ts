import type { Kysely } from 'kysely';
import type { AgencyTable, Database } from '../schema.ts';

export type AgencyRow = AgencyTable;

export async function listAgencies(db: Kysely<Database>): Promise<AgencyRow[]> {
  return db.selectFrom('agencies').selectAll().orderBy('name').execute();
}

export async function findAgency(db: Kysely<Database>, id: string): Promise<AgencyRow | undefined> {
  return db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAgencyByName(db: Kysely<Database>, name: string): Promise<AgencyRow | undefined> {
  return db.selectFrom('agencies').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function insertAgency(db: Kysely<Database>, row: AgencyRow): Promise<void> {
  await db.insertInto('agencies').values(row).execute();
}

export async function countAgencies(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('agencies').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}
