import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** A policy document ↔ 政策解读 pair; one row serves both directions (regulations.md §8.2). */
export async function insertLink(db: Kysely<Database>, policyId: string, interpretationId: string, at: string): Promise<void> {
  await db.insertInto('document_links').values({ policy_id: policyId, interpretation_id: interpretationId, created_at: at })
    .onConflict((oc) => oc.columns(['policy_id', 'interpretation_id']).doNothing()).execute();
}

export async function deleteLink(db: Kysely<Database>, policyId: string, interpretationId: string): Promise<number> {
  const result = await db.deleteFrom('document_links').where('policy_id', '=', policyId).where('interpretation_id', '=', interpretationId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The documents linked to one: its interpretations if it is a policy, its policies if it is an interpretation. */
export async function linkedDocumentIds(db: Kysely<Database>, documentId: string): Promise<{ interpretations: string[]; policies: string[] }> {
  const rows = await db
    .selectFrom('document_links')
    .select(['policy_id', 'interpretation_id'])
    .where((eb) => eb.or([eb('policy_id', '=', documentId), eb('interpretation_id', '=', documentId)]))
    .orderBy('created_at')
    .execute();
  return {
    interpretations: rows.filter((r) => r.policy_id === documentId).map((r) => r.interpretation_id),
    policies: rows.filter((r) => r.interpretation_id === documentId).map((r) => r.policy_id),
  };
}
