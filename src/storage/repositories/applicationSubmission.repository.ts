import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Online submissions from one source since an instant (flood protection of the form). */
export async function countSubmissionsSince(db: Kysely<Database>, sourceKey: string, since: string): Promise<number> {
  const row = await db.selectFrom('application_submissions').select((eb) => eb.fn.countAll<number>().as('n')).where('source_key', '=', sourceKey).where('at', '>=', since).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function recordSubmission(db: Kysely<Database>, id: string, sourceKey: string, at: string): Promise<void> {
  await db.insertInto('application_submissions').values({ id, source_key: sourceKey, at }).execute();
}

export async function purgeSubmissionsBefore(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('application_submissions').where('at', '<', before).execute();
}
