import { DISCLOSURE_MODE_LABELS, VALIDITY_LABELS } from '../documents/document.ts';
import type { PublicRecord } from '../documents/record.ts';
import { joinWrappedHan } from './normalize.ts';
import { documentTokens, type DocumentTokens } from './tokens.ts';

/**
 * What search matches for a public record: the title (its own field, for the title-hit tier)
 * and the text: metadata (索引号, 文号, 发布机构, 分类, 体裁, 关键词, 有效性, 公开方式) and the public
 * text (summary, body, attachments' text, with words split by line wraps and table cells joined:
 * normalize.ts joinWrappedHan). Pure, so the app and a storage migration that rebuilds the index
 * compute the same tokens.
 */
export function searchableText(record: Pick<PublicRecord, 'indexNumber' | 'plainText' | 'content'>): { title: string; text: string } {
  const c = record.content;
  const text = [record.indexNumber, c.documentNumber, c.publisher, c.subjectCategory, c.genre, c.keywords.join(' '),
    VALIDITY_LABELS[c.validity], DISCLOSURE_MODE_LABELS[c.disclosureMode], joinWrappedHan(record.plainText)].filter(Boolean).join('\n');
  return { title: c.title, text };
}

/** The index tokens of a public record. */
export function recordTokens(record: Pick<PublicRecord, 'indexNumber' | 'plainText' | 'content'>): DocumentTokens {
  const { title, text } = searchableText(record);
  return documentTokens(title, text);
}
