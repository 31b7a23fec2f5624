import type { AppContext } from '../context.ts';
import { assertCan, type Action } from '../../domain/accounts/roles.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import type { DocumentRecord } from '../../domain/documents/record.ts';
import { findDocument } from '../../storage/repositories/document.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';

/** The document, checked to exist and to be open to this actor for `action` in its agency. */
export async function documentFor(tx: AppContext, documentId: string, action: Action): Promise<DocumentRecord> {
  const doc = await findDocument(tx.db, documentId);
  if (!doc) throw new NotFoundError('找不到该文件');
  assertCan(tx.actor, action, await agencyScope(tx.db, doc.agencyId));
  return doc;
}

/** The name recorded for who did something (the CLI operator and the system have no id). */
export const actorLabel = (tx: AppContext) => tx.actor.name;
