/**
 * Where a pre-publication finding sits (CheckFinding.field), in the words of the document form:
 * a metadata field, the body, the linked items or an attachment by its name. No field name in English
 * reaches the editor (issue 12: "位置：bodyHtml").
 */
import type { DocumentContent } from './document.ts';

export const FINDING_FIELD_LABELS: Record<keyof DocumentContent | 'links', string> = {
  kind: '信息类型',
  title: '标题（名称）',
  publisher: '发布机构',
  formedOn: '成文日期',
  documentNumber: '文号',
  subjectCategory: '主题分类',
  genre: '体裁（组配）分类',
  keywords: '关键词',
  summary: '内容概述',
  validity: '效力状态',
  repealedOn: '废止（失效）日期',
  legalForm: '文件类型（规章或行政规范性文件）',
  disclosureMode: '公开方式',
  source: '信息来源',
  bodyHtml: '正文',
  items: '所属目录事项',
  links: '关联的政策文件或解读',
};

const ATTACHMENT = 'attachments.';

/** The Chinese name of a finding's place; an unknown field is named neutrally, never by its code. */
export function findingFieldLabel(field: string): string {
  if (field.startsWith(ATTACHMENT)) return `附件「${field.slice(ATTACHMENT.length)}」`;
  return (FINDING_FIELD_LABELS as Record<string, string>)[field] ?? '文件信息';
}
