import { internalLinks } from '../../domain/documents/internalLinks.ts';
import type { BrokenLinkFact } from '../../domain/supervision/readinessFacts.ts';
import { publicAttachmentIds } from '../../storage/repositories/attachment.repository.ts';
import { livePublicIds } from '../../storage/repositories/publishedDocument.repository.ts';
import { liveDocumentBodies } from '../../storage/repositories/readinessFacts.repository.ts';
import { siteOrigins } from '../documents/checkDocument.ts';
import type { AppContext } from '../context.ts';

/**
 * Links in the agency's live published documents to the site's own documents or attachments that are no longer
 * public (withdrawn, repealed out of the record, never published): 站内链接不可用 (国办秘函〔2019〕19号). The
 * pre-publication check refuses such links at sign-off; this finds those broken since. Links to other site pages
 * cannot be decided from the data and are left out, as the pre-publication check only warns about them.
 */
export async function brokenInternalLinks(ctx: AppContext, agencyId: string): Promise<BrokenLinkFact[]> {
  const origins = siteOrigins();
  const documents = (await liveDocumentBodies(ctx.db, agencyId)).map((doc) => ({ ...doc, links: internalLinks(doc.bodyHtml, origins) }));
  const links = documents.flatMap((doc) => doc.links);
  const liveDocuments = await livePublicIds(ctx.db, [...new Set(links.flatMap((l) => (l.kind === 'page' ? [] : [l.documentId])))]);
  const liveAttachments = await publicAttachmentIds(ctx.db, [...new Set(links.flatMap((l) => (l.kind === 'attachment' ? [l.attachmentId] : [])))]);
  return documents.flatMap((doc) =>
    doc.links.flatMap((link): BrokenLinkFact[] => {
      if (link.kind === 'page') return [];
      const exists = link.kind === 'document' ? liveDocuments.has(link.documentId) : liveAttachments.has(link.attachmentId);
      return exists ? [] : [{ documentId: doc.documentId, documentTitle: doc.title, href: link.href, targetKind: link.kind }];
    }),
  );
}
