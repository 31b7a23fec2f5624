import type { AppContext } from '../context.ts';
import { DOCUMENT_PERMISSIONS } from '../../domain/documents/workflow.ts';
import { listDocumentRows } from '../../storage/repositories/document.repository.ts';
import { linkedDocumentIds } from '../../storage/repositories/documentLink.repository.ts';
import { documentFor } from './documentAccess.ts';

export interface LinkCandidate {
  id: string;
  title: string;
}

/** How many of the agency's most recently changed documents the picker offers. */
const CANDIDATE_WINDOW = 200;

/**
 * The documents of the same agency a document may still be linked to (regulations.md §8.2: a policy and its 政策解读
 * link to each other): a policy is offered interpretations and an interpretation policies, not yet linked, not
 * withdrawn. For whoever may view the agency's documents (drafts included).
 */
export async function linkCandidates(ctx: AppContext, input: { documentId: string }): Promise<LinkCandidate[]> {
  const doc = await documentFor(ctx, input.documentId, DOCUMENT_PERMISSIONS.view);
  const links = await linkedDocumentIds(ctx.db, doc.id);
  const linked = new Set([...links.policies, ...links.interpretations]);
  const wanted = doc.kind === 'policy' ? 'interpretation' : 'policy';
  const { documents } = await listDocumentRows(ctx.db, { agencyId: doc.agencyId, limit: CANDIDATE_WINDOW, offset: 0 });
  return documents
    .filter((d) => d.kind === wanted && d.id !== doc.id && !linked.has(d.id) && d.status !== 'withdrawn')
    .map((d) => ({ id: d.id, title: d.title }));
}
