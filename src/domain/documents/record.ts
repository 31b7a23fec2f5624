import type { Instant, LocalDate } from '../shared/clock.ts';
import type { AttachmentMeta, DocumentContent, EndOfLife, ItemKey, SecrecyReview } from './document.ts';
import type { DocumentStatus } from './workflow.ts';

/** The working copy of a document as staff see it (admin pages). */
export interface DocumentRecord extends DocumentContent {
  id: string;
  agencyId: string;
  status: DocumentStatus;
  /** 索引号: null until first publication, then never changed. */
  indexNumber: string | null;
  /** How many times it has been published (the public revision number). */
  revision: number;
  /** 发布时间 requested at sign-off (future → scheduled). */
  publishAt: Instant | null;
  firstPublishedAt: Instant | null;
  internalNote: string | null;
  reviewComment: string | null;
  secrecyReview: SecrecyReview | null;
  withdrawal: EndOfLife | null;
  repeal: EndOfLife | null;
  createdBy: string | null;
  createdAt: Instant;
  updatedAt: Instant;
  submittedBy: string | null;
  submittedAt: Instant | null;
  reviewedBy: string | null;
  reviewedAt: Instant | null;
  approvedBy: string | null;
  approvedAt: Instant | null;
}

/** What the public sees of a document (the current public revision). */
export interface PublicRecord {
  documentId: string;
  agencyId: string;
  indexNumber: string;
  publishedOn: LocalDate;
  publishedAt: Instant;
  revision: number;
  /** live: shown; withdrawn: the page says it was withdrawn, and why. */
  state: 'live' | 'withdrawn';
  content: DocumentContent;
  attachments: AttachmentMeta[];
  withdrawal: EndOfLife | null;
  repeal: EndOfLife | null;
  plainText: string;
}

export const itemKeyOf = (agencyId: string, level1: string, level2: string | null): ItemKey => ({ agencyId, level1, level2: level2 ?? '' });
