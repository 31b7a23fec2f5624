import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { SensitiveWord, WordSeverity } from '../../domain/documents/sensitiveWords.ts';

/** Site-wide words (agency null) plus the agency's own. */
export async function listSensitiveWords(db: Kysely<Database>, agencyId: string): Promise<SensitiveWord[]> {
  const rows = await db
    .selectFrom('sensitive_words')
    .select(['word', 'severity'])
    .where((eb) => eb.or([eb('agency_id', 'is', null), eb('agency_id', '=', agencyId)]))
    .orderBy('word')
    .execute();
  return rows.map((r) => ({ word: r.word, severity: r.severity as WordSeverity }));
}

export async function insertSensitiveWord(db: Kysely<Database>, agencyId: string | null, word: SensitiveWord, at: string): Promise<string> {
  const id = randomUUID();
  await db.insertInto('sensitive_words').values({ id, agency_id: agencyId, word: word.word, severity: word.severity, created_at: at }).execute();
  return id;
}

export async function deleteSensitiveWord(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sensitive_words').where('id', '=', id).execute();
}
