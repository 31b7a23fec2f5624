import type { DocumentContent } from './document.ts';
import type { InternalLink } from './internalLinks.ts';
import { findPersonalData, PERSONAL_DATA_LABELS } from './personalData.ts';
import { findSensitiveWords, type SensitiveWord } from './sensitiveWords.ts';
import { htmlToText } from './sanitizeBody.ts';

/**
 * Checks run before a document may go out (条例第四条: pre-publication review; 第十五条:
 * personal privacy; 第十七条: 保密审查). `block` findings stop submission and sign-off;
 * `warn` findings are shown to the reviewer and approver.
 */
export type FindingSeverity = 'block' | 'warn';

export interface CheckFinding {
  code: 'metadata.missing' | 'metadata.inconsistent' | 'personal_data' | 'sensitive_word' | 'link.broken' | 'link.unverified' | 'interpretation.unlinked';
  severity: FindingSeverity;
  /** The field the finding belongs to: a metadata name, 'body', or 'attachments.<display name>'. */
  field: string;
  message: string;
}

export interface CheckInput {
  content: DocumentContent;
  attachments: readonly { displayName: string; text: string }[];
  sensitiveWords: readonly SensitiveWord[];
  /** The body's internal links, each with whether its target exists and is public. */
  links: readonly { link: InternalLink; exists: boolean }[];
  /** How many policy documents an interpretation is linked to. */
  linkedPolicies: number;
}

const REQUIRED: { field: keyof DocumentContent; label: string }[] = [
  { field: 'title', label: '标题（名称）' },
  { field: 'publisher', label: '发布机构' },
  { field: 'formedOn', label: '成文日期' },
  { field: 'summary', label: '内容概述' },
];
const RECOMMENDED: { field: keyof DocumentContent; label: string }[] = [
  { field: 'subjectCategory', label: '主题分类' },
  { field: 'genre', label: '体裁（组配）分类' },
  { field: 'keywords', label: '关键词' },
];

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** Missing or contradictory metadata (条例第十二条: 索引、名称、内容概述、生成日期). */
export function metadataFindings(content: DocumentContent, attachmentCount: number): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const { field, label } of REQUIRED) {
    if (isEmpty(content[field])) findings.push({ code: 'metadata.missing', severity: 'block', field, message: `缺少${label}` });
  }
  for (const { field, label } of RECOMMENDED) {
    if (isEmpty(content[field])) findings.push({ code: 'metadata.missing', severity: 'warn', field, message: `建议填写${label}` });
  }
  if (!htmlToText(content.bodyHtml) && attachmentCount === 0) findings.push({ code: 'metadata.missing', severity: 'block', field: 'bodyHtml', message: '正文和附件不能都为空' });
  if (content.items.length === 0) findings.push({ code: 'metadata.missing', severity: 'block', field: 'items', message: '请选择所属目录事项' });
  if (content.validity !== 'effective' && !content.repealedOn) findings.push({ code: 'metadata.inconsistent', severity: 'block', field: 'repealedOn', message: '失效或废止的文件须填写废止（失效）日期' });
  if (content.validity === 'effective' && content.repealedOn) findings.push({ code: 'metadata.inconsistent', severity: 'block', field: 'repealedOn', message: '有效的文件不应有废止日期' });
  return findings;
}

/** Unmasked ID, mobile and bank card numbers anywhere in the text fields, body or attachments. */
export function personalDataFindings(content: DocumentContent, attachments: CheckInput['attachments']): CheckFinding[] {
  const sources: { field: string; text: string }[] = [
    { field: 'title', text: content.title },
    { field: 'summary', text: content.summary ?? '' },
    { field: 'keywords', text: content.keywords.join(' ') },
    { field: 'bodyHtml', text: htmlToText(content.bodyHtml) },
    ...attachments.map((a) => ({ field: `attachments.${a.displayName}`, text: `${a.displayName}\n${a.text}` })),
  ];
  return sources.flatMap(({ field, text }) =>
    findPersonalData(text).map((hit) => ({
      code: 'personal_data' as const,
      severity: 'block' as const,
      field,
      message: `含未脱敏的${PERSONAL_DATA_LABELS[hit.kind]}（${hit.masked}），请遮盖后再发布`,
    })),
  );
}

export function runPrePublicationChecks(input: CheckInput): CheckFinding[] {
  const { content } = input;
  const allText = [content.title, content.summary ?? '', content.keywords.join(' '), htmlToText(content.bodyHtml), ...input.attachments.map((a) => a.text)].join('\n');
  const findings = [...metadataFindings(content, input.attachments.length), ...personalDataFindings(content, input.attachments)];
  for (const hit of findSensitiveWords(allText, input.sensitiveWords)) {
    findings.push({ code: 'sensitive_word', severity: hit.severity, field: 'bodyHtml', message: `含敏感词「${hit.word}」${hit.count}处` });
  }
  for (const { link, exists } of input.links) {
    if (link.kind === 'page') findings.push({ code: 'link.unverified', severity: 'warn', field: 'bodyHtml', message: `站内链接 ${link.href} 无法确认是否有效` });
    else if (!exists) findings.push({ code: 'link.broken', severity: 'block', field: 'bodyHtml', message: `站内链接 ${link.href} 指向不存在或未公开的${link.kind === 'document' ? '文件' : '附件'}` });
  }
  if (content.kind === 'interpretation' && input.linkedPolicies === 0) {
    findings.push({ code: 'interpretation.unlinked', severity: 'block', field: 'links', message: '政策解读须关联所解读的政策文件（双向链接）' });
  }
  return findings;
}

export const blocking = (findings: readonly CheckFinding[]) => findings.filter((f) => f.severity === 'block');
