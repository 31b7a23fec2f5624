import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { assertCan } from '../../domain/accounts/roles.ts';
import { DOCUMENT_PERMISSIONS } from '../../domain/documents/workflow.ts';
import { insertDocument } from '../../storage/repositories/document.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import { parseDocumentInput, type DocumentInput } from './documentInput.ts';

/**
 * Start a document (草稿) for an agency: metadata, body (sanitized), the catalog items it
 * is filed under, and an internal note for colleagues (never shown to the public).
 */
export async function createDocument(ctx: AppContext, input: { agencyId: string } & DocumentInput): Promise<{ documentId: string }> {
  return inTransaction(ctx, async (tx) => {
    assertCan(tx.actor, DOCUMENT_PERMISSIONS.edit, await agencyScope(tx.db, input.agencyId));
    const content = await parseDocumentInput(tx, input.agencyId, input);
    const documentId = randomUUID();
    const now = tx.clock.now();
    await insertDocument(tx.db, { id: documentId, agencyId: input.agencyId, content, internalNote: cleanNote(input.internalNote), createdBy: tx.actor.id, createdAt: now });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'document.created', entityType: 'document', entityId: documentId, agencyId: input.agencyId,
      summary: `新建文件「${content.title}」`, after: { title: content.title, kind: content.kind, items: content.items },
    });
    return { documentId };
  });
}

export function cleanNote(note: string | null | undefined): string | null {
  return note?.trim() ? note.trim().slice(0, 2000) : null;
}
