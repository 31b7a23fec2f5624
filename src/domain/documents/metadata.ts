import { z } from 'zod';
import { LEGAL_FORMS } from '../annualReport/table2.ts';
import { ValidationError } from '../shared/errors.ts';
import { DISCLOSURE_MODES, DOCUMENT_KINDS, VALIDITIES, type DocumentMetadata } from './document.ts';

/** Control characters (except tab and newline) never belong in metadata text. */
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]/g;
const clean = (value: string) => value.replace(CONTROL, '').trim();

const requiredText = (max: number) => z.string().transform(clean).pipe(z.string().min(1, '此项必填').max(max, `不能超过${max}字`));
const optionalText = (max: number) =>
  z.string().nullable().optional().transform((value) => (value == null ? null : clean(value) || null)).pipe(z.string().max(max, `不能超过${max}字`).nullable());
const optionalDate = z.union([z.iso.date('日期格式应为 YYYY-MM-DD'), z.literal(''), z.null()]).optional().transform((value) => value || null);

/** Form-shaped metadata of a document being drafted. Completeness is checked before publication, not here. */
export const documentMetadataSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS).default('other'),
  title: requiredText(200),
  publisher: z.string().default('').transform(clean).pipe(z.string().max(100, '不能超过100字')),
  formedOn: optionalDate,
  documentNumber: optionalText(100),
  subjectCategory: optionalText(100),
  genre: optionalText(100),
  keywords: z
    .union([z.array(z.string()), z.string()])
    .default([])
    .transform((value) => (typeof value === 'string' ? value.split(/[,，、;；\s]+/) : value).map(clean).filter(Boolean))
    .pipe(z.array(z.string().max(30, '关键词不能超过30字')).max(20, '关键词不超过20个')),
  summary: optionalText(2000),
  validity: z.enum(VALIDITIES).default('effective'),
  repealedOn: optionalDate,
  /** 文件类型: '' (其他) and absent mean a document table 二 does not count. */
  legalForm: z.preprocess((value) => (value === '' || value === undefined ? null : value), z.enum(LEGAL_FORMS, { error: '文件类型只能是规章、行政规范性文件或其他' }).nullable()),
  disclosureMode: z.enum(DISCLOSURE_MODES).default('proactive'),
  source: optionalText(100),
});

export const itemKeyInputSchema = z.object({
  level1: requiredText(200),
  level2: z.string().nullable().optional().transform((value) => (value == null ? '' : clean(value))),
});

/** Validate metadata from a form or API call; each bad field gets its own message. */
export function parseDocumentMetadata(input: unknown): DocumentMetadata {
  const result = documentMetadataSchema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(
    '文件信息有误，请按提示修改',
    result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.code === 'invalid_type' ? '此项必填' : issue.message })),
  );
}
