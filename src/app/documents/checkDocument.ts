import type { AppContext } from '../context.ts';
import { appConfig } from '../../config/config.ts';
import { DEFAULT_SENSITIVE_WORDS } from '../../domain/documents/sensitiveWords.ts';
import { internalLinks } from '../../domain/documents/internalLinks.ts';
import { runPrePublicationChecks, type CheckFinding } from '../../domain/documents/prePublicationChecks.ts';
import type { DocumentRecord } from '../../domain/documents/record.ts';
import { DOCUMENT_PERMISSIONS } from '../../domain/documents/workflow.ts';
import { listAttachments, publicAttachmentIds } from '../../storage/repositories/attachment.repository.ts';
import { linkedDocumentIds } from '../../storage/repositories/documentLink.repository.ts';
import { livePublicIds } from '../../storage/repositories/publishedDocument.repository.ts';
import { listSensitiveWords } from '../../storage/repositories/sensitiveWord.repository.ts';
import { documentFor } from './documentAccess.ts';

/** The site's own origins, for telling site links from external ones (GONGKAI_PUBLIC_ORIGIN, comma-separated). */
export function siteOrigins(): string[] {
  return appConfig().publicOrigins;
}

/** Run the pre-publication checks of domain/documents/prePublicationChecks.ts on a document as it is now. */
export async function findingsFor(tx: AppContext, doc: DocumentRecord): Promise<CheckFinding[]> {
  const attachments = await listAttachments(tx.db, doc.id);
  const links = internalLinks(doc.bodyHtml, siteOrigins());
  const liveDocuments = await livePublicIds(tx.db, links.flatMap((l) => (l.kind === 'page' ? [] : [l.documentId])));
  const liveAttachments = await publicAttachmentIds(tx.db, links.flatMap((l) => (l.kind === 'attachment' ? [l.attachmentId] : [])));
  const ownAttachments = new Set(attachments.map((a) => a.id));
  return runPrePublicationChecks({
    content: doc,
    attachments,
    sensitiveWords: [...DEFAULT_SENSITIVE_WORDS, ...(await listSensitiveWords(tx.db, doc.agencyId))],
    links: links.map((link) => ({
      link,
      exists:
        link.kind === 'document' ? liveDocuments.has(link.documentId) || link.documentId === doc.id
        : link.kind === 'attachment' ? liveAttachments.has(link.attachmentId) || (link.documentId === doc.id && ownAttachments.has(link.attachmentId))
        : false,
    })),
    linkedPolicies: (await linkedDocumentIds(tx.db, doc.id)).policies.length,
  });
}

/** The findings for the edit and review pages (staff of the agency). */
export async function checkDocument(ctx: AppContext, input: { documentId: string }): Promise<CheckFinding[]> {
  const doc = await documentFor(ctx, input.documentId, DOCUMENT_PERMISSIONS.view);
  return findingsFor(ctx, doc);
}
