/**
 * Public presenters for documents: the typed shapes the document, column and search pages
 * render. They copy only fields of the backend's public views (presentPublicDocument,
 * listPublicDocuments, searchDocuments), which are built from the public record alone.
 */
import type { PublicDocumentView, DocumentRef } from '../../app/documents/presentDocument.ts';
import type { PublicDocumentSummary } from '../../app/documents/listDocuments.ts';

export interface PublicAttachmentLink {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  url: string;
}

export interface PublicDocumentPage {
  id: string;
  url: string;
  indexNumber: string;
  title: string;
  kindLabel: string;
  publisher: string;
  formedOn: string | null;
  publishedOn: string;
  documentNumber: string | null;
  subjectCategory: string | null;
  genre: string | null;
  keywords: string[];
  summary: string | null;
  validityLabel: string;
  repealedOn: string | null;
  /** 文件类型 (规章/行政规范性文件), null for other documents. */
  legalFormLabel: string | null;
  disclosureModeLabel: string;
  source: string | null;
  /** Sanitized on save (domain/documents/sanitizeBody.ts); empty once withdrawn. */
  bodyHtml: string;
  attachments: PublicAttachmentLink[];
  items: { level1: string; level2: string }[];
  revision: number;
  withdrawn: boolean;
  notice: string | null;
  relatedPolicies: DocumentRef[];
  relatedInterpretations: DocumentRef[];
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const refs = (value: unknown): DocumentRef[] =>
  Array.isArray(value) ? (value as DocumentRef[]).map((r) => ({ id: r.id, title: r.title, indexNumber: r.indexNumber, url: r.url })) : [];

export function presentDocumentPage(view: PublicDocumentView): PublicDocumentPage {
  const attachments = Array.isArray(view.attachments) ? (view.attachments as PublicAttachmentLink[]) : [];
  return {
    id: String(view.id),
    url: String(view.url),
    indexNumber: String(view.indexNumber),
    title: String(view.title),
    kindLabel: String(view.kindLabel),
    publisher: String(view.publisher ?? ''),
    formedOn: text(view.formedOn),
    publishedOn: String(view.publishedOn),
    documentNumber: text(view.documentNumber),
    subjectCategory: text(view.subjectCategory),
    genre: text(view.genre),
    keywords: Array.isArray(view.keywords) ? (view.keywords as string[]) : [],
    summary: text(view.summary),
    validityLabel: String(view.validityLabel),
    repealedOn: text(view.repealedOn),
    legalFormLabel: text(view.legalFormLabel),
    disclosureModeLabel: String(view.disclosureModeLabel),
    source: text(view.source),
    bodyHtml: typeof view.bodyHtml === 'string' ? view.bodyHtml : '',
    attachments: attachments.map((a) => ({ id: a.id, name: a.name, mediaType: a.mediaType, size: a.size, url: a.url })),
    items: Array.isArray(view.items) ? (view.items as { level1: string; level2: string }[]).map((i) => ({ level1: i.level1, level2: i.level2 })) : [],
    revision: Number(view.revision),
    withdrawn: view.state === 'withdrawn',
    notice: text(view.notice),
    relatedPolicies: refs(view.relatedPolicies),
    relatedInterpretations: refs(view.relatedInterpretations),
  };
}

/** One line of a public document list. */
export interface PublicDocumentLine {
  id: string;
  url: string;
  indexNumber: string;
  title: string;
  publishedOn: string;
  documentNumber: string | null;
  validityLabel: string;
  withdrawn: boolean;
}

export function presentDocumentLine(summary: PublicDocumentSummary): PublicDocumentLine {
  return {
    id: summary.id, url: summary.url, indexNumber: summary.indexNumber, title: summary.title, publishedOn: summary.publishedOn,
    documentNumber: summary.documentNumber, validityLabel: summary.validityLabel, withdrawn: summary.state === 'withdrawn',
  };
}

/** A page of a list: 1-based page number and how many pages there are. */
export interface PageInfo {
  page: number;
  pages: number;
  total: number;
}

export const PAGE_SIZE = 20;

export function pageNumberOf(value: unknown): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

export function pageInfo(page: number, total: number, pageSize = PAGE_SIZE): PageInfo {
  return { page, pages: Math.max(1, Math.ceil(total / pageSize)), total };
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
