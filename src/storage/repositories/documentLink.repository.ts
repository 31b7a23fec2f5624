import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import '../documentTables.ts';

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
  const asPolicy = await db.selectFrom('document_links').select('interpretation_id').where('policy_id', '=', documentId).orderBy('created_at').execute();
  const asInterpretation = await db.selectFrom('document_links').select('policy_id').where('interpretation_id', '=', documentId).orderBy('created_at').execute();
  return { interpretations: asPolicy.map((r) => r.interpretation_id), policies: asInterpretation.map((r) => r.policy_id) };
}
