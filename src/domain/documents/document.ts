import type { LegalForm } from '../annualReport/table2.ts';
import type { Instant, LocalDate } from '../shared/clock.ts';

/**
 * A 政府信息 (disclosed document) and its standard metadata block
 * (国办秘函〔2009〕6号 core metadata; 条例第十二条: 索引、名称、内容概述、生成日期).
 * Field names follow shared/reference/regulations.md §5.3.
 */
export const VALIDITIES = ['effective', 'expired', 'repealed'] as const;
export type Validity = (typeof VALIDITIES)[number];
export const VALIDITY_LABELS: Record<Validity, string> = { effective: '有效', expired: '失效', repealed: '废止' };

/** 公开方式 (条例第十三条): 主动公开 or 依申请公开. */
export const DISCLOSURE_MODES = ['proactive', 'on_request'] as const;
export type DisclosureMode = (typeof DISCLOSURE_MODES)[number];
export const DISCLOSURE_MODE_LABELS: Record<DisclosureMode, string> = { proactive: '主动公开', on_request: '依申请公开' };

/** A policy document and its 政策解读 are linked both ways (regulations.md §8.2). */
export const DOCUMENT_KINDS = ['policy', 'interpretation', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = { policy: '政策文件', interpretation: '政策解读', other: '其他信息' };

/**
 * The stable identity of a catalog item (事项) across catalog versions: the agency and
 * the item's 一级/二级事项 names. Version rows change id with every version; this key does not
 * (docs/adr/0004-document-item-links.md).
 */
export interface ItemKey {
  agencyId: string;
  level1: string;
  /** '' when the item has no 二级事项. */
  level2: string;
}

/** The metadata an editor fills in; 索引号 and 发布日期 are assigned at publication. */
export interface DocumentMetadata {
  kind: DocumentKind;
  title: string;
  /** 发布机构 */
  publisher: string;
  /** 成文日期: the day the information was formed or changed (条例第二十六条 counts from it). */
  formedOn: LocalDate | null;
  /** 文号 */
  documentNumber: string | null;
  /** 主题分类 */
  subjectCategory: string | null;
  /** 体裁/组配分类 */
  genre: string | null;
  keywords: string[];
  /** 内容概述 */
  summary: string | null;
  validity: Validity;
  /** 废止日期 (or the day it ceased to be effective) */
  repealedOn: LocalDate | null;
  /**
   * 文件类型 for table 二 of the 年报 (国办公开办函〔2021〕30号, 条例第二十条第（一）项): 规章 or 行政规范性文件;
   * null for every other document (and for documents from before this field existed).
   */
  legalForm: LegalForm | null;
  disclosureMode: DisclosureMode;
  /** 信息来源 */
  source: string | null;
}

/** The content that is published: metadata, sanitized body and the items it is filed under. */
export interface DocumentContent extends DocumentMetadata {
  bodyHtml: string;
  items: ItemKey[];
}

/** 保密审查 record (条例第十七条): who confirmed the document contains no secrets, and when. */
export interface SecrecyReview {
  reviewerId: string | null;
  reviewerName: string;
  at: Instant;
  note: string | null;
}

/** Why a published document was withdrawn (撤回) or repealed (废止); the public page shows it. */
export interface EndOfLife {
  reason: string;
  on: LocalDate;
  by: string;
}

export interface AttachmentMeta {
  id: string;
  displayName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** A snapshot of what the public saw after one publication (版本历史). */
export interface DocumentRevision {
  number: number;
  publishedAt: Instant;
  publishedBy: string;
  changeNote: string | null;
  content: DocumentContent;
  attachments: AttachmentMeta[];
}
