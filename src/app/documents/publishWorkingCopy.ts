import type { AppContext } from '../context.ts';
import { chinaDateOf } from '../../domain/shared/clock.ts';
import type { AttachmentMeta, DocumentContent } from '../../domain/documents/document.ts';
import type { DocumentRecord, PublicRecord } from '../../domain/documents/record.ts';
import { htmlToText } from '../../domain/documents/sanitizeBody.ts';
import { listAttachments } from '../../storage/repositories/attachment.repository.ts';
import { updateDocumentRow } from '../../storage/repositories/document.repository.ts';
import { insertRevision } from '../../storage/repositories/documentRevision.repository.ts';
import { findPublicRecord, savePublicRecord } from '../../storage/repositories/publishedDocument.repository.ts';
import { searchIndexOf } from '../../storage/dialect/searchIndex.ts';
import { recordTokens } from '../../domain/search/searchableText.ts';
import { assignIndexNumber } from './assignIndexNumber.ts';
import { ensureDocumentDeadline } from './documentDeadline.ts';

const contentOf = (doc: DocumentRecord): DocumentContent => ({
  kind: doc.kind, title: doc.title, publisher: doc.publisher, formedOn: doc.formedOn, documentNumber: doc.documentNumber,
  subjectCategory: doc.subjectCategory, genre: doc.genre, keywords: doc.keywords, summary: doc.summary, validity: doc.validity,
  repealedOn: doc.repealedOn, legalForm: doc.legalForm, disclosureMode: doc.disclosureMode, source: doc.source, bodyHtml: doc.bodyHtml, items: doc.items,
});

/** The text searched and shown in snippets: summary, body, attachments' text. */
export function publicText(content: DocumentContent, attachmentTexts: readonly string[]): string {
  return [content.summary ?? '', htmlToText(content.bodyHtml), ...attachmentTexts].filter(Boolean).join('\n');
}

/** Write the public record and its search entry (publication, withdrawal, repeal all come here). */
export async function writePublicRecord(tx: AppContext, record: PublicRecord): Promise<void> {
  await savePublicRecord(tx.db, record, tx.clock.now());
  const index = searchIndexOf(tx.db);
  if (record.state === 'withdrawn') await index.remove(tx.db, record.documentId);
  else {
    await index.upsert(tx.db, {
      documentId: record.documentId, agencyId: record.agencyId, year: Number(record.publishedOn.slice(0, 4)),
      validity: record.content.validity, publishedOn: record.publishedOn, tokens: recordTokens(record),
    });
  }
}

/**
 * Publish the working copy now, as the next revision: the 索引号 is assigned on the first
 * publication and kept ever after; 发布日期 stays the first publication's date.
 */
export async function publishWorkingCopy(tx: AppContext, doc: DocumentRecord, changeNote: string | null): Promise<{ indexNumber: string; revision: number }> {
  const now = tx.clock.now();
  const previous = await findPublicRecord(tx.db, doc.id);
  const publishedAt = previous?.publishedAt ?? now;
  const publishedOn = chinaDateOf(publishedAt);
  const indexNumber = doc.indexNumber ?? (await assignIndexNumber(tx, doc.agencyId, publishedOn));
  const revision = doc.revision + 1;
  const stored = await listAttachments(tx.db, doc.id);
  const attachments: AttachmentMeta[] = stored.map(({ id, displayName, mediaType, size, sha256 }) => ({ id, displayName, mediaType, size, sha256 }));
  const content = contentOf(doc);
  await insertRevision(tx.db, doc.id, { number: revision, publishedAt: now, publishedBy: tx.actor.name, changeNote, content, attachments });
  await writePublicRecord(tx, {
    documentId: doc.id, agencyId: doc.agencyId, indexNumber, publishedOn, publishedAt, revision, state: 'live', content, attachments,
    withdrawal: null, repeal: doc.repeal, plainText: publicText(content, stored.map((a) => a.text)),
  });
  await updateDocumentRow(tx.db, doc.id, {
    status: 'published', index_number: indexNumber, revision, first_published_at: doc.firstPublishedAt ?? now, publish_at: null,
    withdrawal_json: null, updated_at: now,
  });
  await ensureDocumentDeadline(tx, doc);
  return { indexNumber, revision };
}
