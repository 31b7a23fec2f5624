/**
 * The header of a catalog version as staff edit it on a draft: 标题, 责任单位 and 填表时间. A source with
 * no title keeps none (issue 12: the catalog as its owners wrote it), so every field may be empty. The sign-off names (填表人/复核人/审签人) are not edited here: the
 * workflow writes them when each person signs (app/catalog/changeVersionStatus.ts).
 */
import { ValidationError, type FieldIssue } from '../shared/errors.ts';
import type { VersionMeta } from './version.ts';

export interface CatalogHeader {
  title: string | null;
  /** 责任单位 */
  responsibleUnit: string | null;
  /** 填表时间, YYYY-MM-DD; when empty, the day of submission fills it. */
  preparedOn: string | null;
}

export const HEADER_FIELDS = ['title', 'responsibleUnit', 'preparedOn'] as const satisfies readonly (keyof CatalogHeader)[];

export const HEADER_LABELS: Record<keyof CatalogHeader, string> = {
  title: '标题',
  responsibleUnit: '责任单位',
  preparedOn: '填表时间',
};

const LIMITS = { title: 200, responsibleUnit: 100 } as const;

/** The header a version holds now. */
export function headerOf(version: Pick<VersionMeta, 'title' | 'responsibleUnit' | 'preparedOn'>): CatalogHeader {
  return { title: version.title, responsibleUnit: version.responsibleUnit, preparedOn: version.preparedOn };
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** A calendar date that exists (2025-02-30 does not). */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

function tooLong(field: keyof typeof LIMITS, text: string): FieldIssue | null {
  return text.length > LIMITS[field] ? { path: field, message: `${HEADER_LABELS[field]}过长（最多${LIMITS[field]}字）` } : null;
}

/**
 * Read the header from form text; `today` (China date, from the caller's clock) bounds 填表时间.
 * Every bad field is reported with its own Chinese message; nothing is returned half-checked.
 */
export function readCatalogHeader(raw: Record<string, unknown>, today: string): CatalogHeader {
  const title = textOf(raw.title);
  const responsibleUnit = textOf(raw.responsibleUnit);
  const preparedOn = textOf(raw.preparedOn);
  const issues = [tooLong('title', title), tooLong('responsibleUnit', responsibleUnit)].filter((issue): issue is FieldIssue => issue !== null);
  if (preparedOn && !isCalendarDate(preparedOn)) issues.push({ path: 'preparedOn', message: '填表时间应为日期，例如 2025-03-01' });
  else if (preparedOn > today) issues.push({ path: 'preparedOn', message: '填表时间不能晚于今天' });
  if (issues.length) throw new ValidationError('目录表头有需要修改的地方', issues);
  return { title: title || null, responsibleUnit: responsibleUnit || null, preparedOn: preparedOn || null };
}

/** The fields that differ, for the audit record (before/after of the changed fields only). */
export function changedHeaderFields(before: CatalogHeader, after: CatalogHeader): (keyof CatalogHeader)[] {
  return HEADER_FIELDS.filter((field) => before[field] !== after[field]);
}

/**
 * The header fields a reviewer reads in «与上一版相比»: 标题 and 责任单位 as text before and after (an empty
 * title as empty text). 填表时间 is left out: every version has its own.
 */
export function headerDifferences(before: CatalogHeader, after: CatalogHeader): { label: string; before: string; after: string }[] {
  return (['title', 'responsibleUnit'] as const)
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ label: HEADER_LABELS[field], before: before[field] ?? '', after: after[field] ?? '' }));
}
