import { LEGAL_FORM_LABELS } from '../../domain/annualReport/table2.ts';
import { DISCLOSURE_MODE_LABELS, DOCUMENT_KIND_LABELS, VALIDITY_LABELS, type DocumentRevision } from '../../domain/documents/document.ts';
import { attachmentPath, documentPath } from '../../domain/documents/internalLinks.ts';
import type { CheckFinding } from '../../domain/documents/prePublicationChecks.ts';
import type { DocumentRecord, PublicRecord } from '../../domain/documents/record.ts';
import type { Timeliness } from '../../domain/documents/timeliness.ts';
import { DOCUMENT_STATUS_LABELS } from '../../domain/documents/workflow.ts';
import type { StoredAttachment } from '../../storage/repositories/attachment.repository.ts';

/** A linked document as the other side shows it. */
export interface DocumentRef {
  id: string;
  title: string;
  indexNumber: string | null;
  url: string;
}

/**
 * Every field the public may see (regulations.md §5.3 metadata block). A test pins this
 * list: internal notes, reviewer comments, 保密审查 records, staff names and drafts never appear.
 */
export const PUBLIC_DOCUMENT_FIELDS = [
  'id', 'url', 'agencyId', 'indexNumber', 'title', 'kind', 'kindLabel', 'publisher', 'formedOn', 'publishedOn', 'documentNumber',
  'subjectCategory', 'genre', 'keywords', 'summary', 'validity', 'validityLabel', 'repealedOn', 'legalForm', 'legalFormLabel', 'disclosureMode',
  'disclosureModeLabel', 'source', 'bodyHtml', 'attachments', 'items', 'revision', 'state', 'notice', 'withdrawal', 'repeal',
  'relatedPolicies', 'relatedInterpretations',
] as const;

export type PublicDocumentView = Record<(typeof PUBLIC_DOCUMENT_FIELDS)[number], unknown>;

/**
 * The public page of a document, from its public record only. A withdrawn document keeps
 * its metadata and says it was withdrawn, and why; its body and attachments are no longer served.
 */
export function presentPublicDocument(record: Omit<PublicRecord, 'plainText'>, related: { policies: DocumentRef[]; interpretations: DocumentRef[] } = { policies: [], interpretations: [] }): PublicDocumentView {
  const c = record.content;
  const live = record.state === 'live';
  const notice = !live
    ? `该信息已于${record.withdrawal?.on ?? ''}撤回。撤回原因：${record.withdrawal?.reason ?? ''}`
    : record.repeal ? `该文件已于${record.repeal.on}${VALIDITY_LABELS[c.validity]}。原因：${record.repeal.reason}` : null;
  return {
    id: record.documentId,
    url: documentPath(record.documentId),
    agencyId: record.agencyId,
    indexNumber: record.indexNumber,
    title: c.title,
    kind: c.kind,
    kindLabel: DOCUMENT_KIND_LABELS[c.kind],
    publisher: c.publisher,
    formedOn: c.formedOn,
    publishedOn: record.publishedOn,
    documentNumber: c.documentNumber,
    subjectCategory: c.subjectCategory,
    genre: c.genre,
    keywords: c.keywords,
    summary: c.summary,
    validity: c.validity,
    validityLabel: VALIDITY_LABELS[c.validity],
    repealedOn: c.repealedOn,
    // Published before 文件类型 existed: no legal form.
    legalForm: c.legalForm ?? null,
    legalFormLabel: c.legalForm ? LEGAL_FORM_LABELS[c.legalForm] : null,
    disclosureMode: c.disclosureMode,
    disclosureModeLabel: DISCLOSURE_MODE_LABELS[c.disclosureMode],
    source: c.source,
    bodyHtml: live ? c.bodyHtml : '',
    attachments: live ? record.attachments.map((a) => ({ id: a.id, name: a.displayName, mediaType: a.mediaType, size: a.size, sha256: a.sha256, url: attachmentPath(record.documentId, a.id) })) : [],
    items: c.items.map((i) => ({ level1: i.level1, level2: i.level2 })),
    revision: record.revision,
    state: record.state,
    notice,
    withdrawal: record.withdrawal ? { reason: record.withdrawal.reason, on: record.withdrawal.on } : null,
    repeal: record.repeal ? { reason: record.repeal.reason, on: record.repeal.on } : null,
    relatedPolicies: related.policies,
    relatedInterpretations: related.interpretations,
  };
}

export interface AdminDocumentExtras {
  attachments: StoredAttachment[];
  revisions: DocumentRevision[];
  policies: DocumentRef[];
  interpretations: DocumentRef[];
  timeliness: Timeliness | null;
  findings?: CheckFinding[];
}

/** The staff view: the working copy with workflow, 保密审查, notes, history and checks. */
export function presentAdminDocument(doc: DocumentRecord, extras: AdminDocumentExtras) {
  return {
    ...doc,
    statusLabel: DOCUMENT_STATUS_LABELS[doc.status],
    kindLabel: DOCUMENT_KIND_LABELS[doc.kind],
    validityLabel: VALIDITY_LABELS[doc.validity],
    legalFormLabel: doc.legalForm ? LEGAL_FORM_LABELS[doc.legalForm] : null,
    disclosureModeLabel: DISCLOSURE_MODE_LABELS[doc.disclosureMode],
    publicUrl: doc.revision > 0 ? documentPath(doc.id) : null,
    attachments: extras.attachments.map(({ text, ...meta }) => ({ ...meta, textLength: text.length })),
    revisions: extras.revisions,
    relatedPolicies: extras.policies,
    relatedInterpretations: extras.interpretations,
    timeliness: extras.timeliness,
    findings: extras.findings ?? [],
  };
}

export type AdminDocumentView = ReturnType<typeof presentAdminDocument>;
