import { z } from 'zod';
import { AUDIENCES, CHANNELS, FIVE_TYPES, MODES } from './vocabulary.ts';
import type { CatalogDocument, CatalogField } from './catalog.ts';
import { ValidationError, type FieldIssue } from '../shared/errors.ts';

const text = z.string().trim().min(1);
const optionalText = z.string().trim().nullable().default(null).transform((value) => (value === '' ? null : value));
const channel = z.enum(CHANNELS, { error: (issue) => `未知的公开渠道：${String(issue.input)}（可选：${CHANNELS.join('、')}）` });

export const catalogItemSchema = z.object({
  seq: z.union([z.string(), z.number()]).nullable().default(null).transform((value) => (value === null ? null : String(value))),
  level1: text,
  level2: optionalText,
  content: optionalText,
  basis: z.array(text).nullable().default([]).transform((value) => value ?? []),
  timeLimit: optionalText,
  timeLimitRule: z.record(z.string(), z.unknown()).nullable().optional(),
  subject: optionalText,
  channels: z.array(channel).nullable().default([]).transform((value) => value ?? []),
  channelNotes: z.record(z.string(), z.string()).optional(),
  audience: z.array(z.enum(AUDIENCES)).nullable().default([]).transform((value) => value ?? []),
  mode: z.array(z.enum(MODES)).nullable().default([]).transform((value) => value ?? []),
  fiveTypes: z.array(z.enum(FIVE_TYPES)).nullable().default(null),
  column: optionalText,
  category: optionalText,
  remarks: optionalText,
  seqLabel: z.string().nullable().optional(),
  channelLabels: z.partialRecord(channel, z.string()).optional(),
});

/** Every field a source column can hold (catalog.ts CatalogField), in the national form's order. */
export const CATALOG_FIELDS = [
  'seq', 'level1', 'level2', 'content', 'basis', 'timeLimit', 'subject', 'channels', 'audience', 'mode', 'fiveTypes', 'column', 'category', 'remarks',
] as const satisfies readonly CatalogField[];

const sourceColumnSchema = z.object({
  field: z.enum(CATALOG_FIELDS),
  label: z.string(),
  group: z.string().nullable().optional(),
  parts: z.array(z.string()).nullable().optional(),
});

const count = z.number().int().nonnegative().nullable().default(null);

export const catalogDocumentSchema = z.object({
  source: z.string().nullable().optional(),
  title: optionalText,
  agency: text,
  preparer: optionalText,
  reviewer: optionalText,
  approver: optionalText,
  preparedOn: z.iso.date().nullable().default(null),
  declared: z
    .object({ proactiveLevel1: count, proactiveLevel2: count, onRequestLevel2: count, proactive: count, onRequest: count })
    .nullable()
    .default(null),
  preamble: z.union([z.string(), z.record(z.string(), z.unknown())]).nullable().default(null),
  items: z.array(catalogItemSchema),
  notes: z.union([z.array(z.string()), z.string()]).nullable().optional(),
  columns: z.array(sourceColumnSchema).nullable().optional(),
  declaredText: z.string().nullable().optional(),
  headerLines: z.array(z.string()).nullable().optional(),
});

/** Parse a catalog in the project's JSON form, or throw a ValidationError naming each bad field. */
export function parseCatalogDocument(input: unknown): CatalogDocument {
  const result = catalogDocumentSchema.safeParse(input);
  if (result.success) return result.data as CatalogDocument;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  throw new ValidationError(`目录数据无效：${first ? `${first.path || '(根)'} — ${first.message}` : '格式错误'}`, issues);
}
