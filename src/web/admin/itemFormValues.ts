/**
 * The item edit form as the browser sends it and as the page shows it again:
 * every value kept as typed, so a rejected form comes back exactly as the user
 * left it. Converting to the use case's input is the only place that knows
 * the form's field names.
 */
import type { StoredCatalogItem } from '../../domain/catalog/version.ts';
import { CHANNELS, CHANNELS_WITH_NOTE } from '../../domain/catalog/vocabulary.ts';
import type { FieldIssue } from '../../domain/shared/errors.ts';

export interface ItemFormValues {
  seq: string;
  level1: string;
  level2: string;
  content: string;
  /** 公开依据, one per line. */
  basis: string;
  timeLimit: string;
  subject: string;
  channels: string[];
  /** Notes for 精准推送（注明） and 其他（注明）, by channel name. */
  channelNotes: Record<string, string>;
  audience: string[];
  mode: string[];
  fiveTypes: string[];
  /** Whether the catalog has a 五公开 column (null vs [] when nothing is ticked). */
  hasFiveTypes: boolean;
  column: string;
  category: string;
  remarks: string;
  /** Channel labels as the source wrote them (shown beside the box; kept on save while the box stays ticked). */
  channelLabels?: Record<string, string>;
}

/** The form field name of a channel's note (ASCII, by the channel's place in the national list). */
export function channelNoteField(channel: string): string {
  return `channelNote${CHANNELS.indexOf(channel as (typeof CHANNELS)[number])}`;
}

export function formValuesFromItem(item: StoredCatalogItem): ItemFormValues {
  return {
    seq: item.seq ?? '',
    level1: item.level1,
    level2: item.level2 ?? '',
    content: item.content ?? '',
    basis: item.basis.join('\n'),
    timeLimit: item.timeLimit ?? '',
    subject: item.subject ?? '',
    channels: [...item.channels],
    channelNotes: { ...(item.channelNotes ?? {}) } as Record<string, string>,
    audience: [...item.audience],
    mode: [...item.mode],
    fiveTypes: [...(item.fiveTypes ?? [])],
    hasFiveTypes: item.fiveTypes !== null,
    column: item.column ?? '',
    category: item.category ?? '',
    remarks: item.remarks ?? '',
    channelLabels: { ...(item.channelLabels ?? {}) } as Record<string, string>,
  };
}

/** An empty form for 新增事项; 五公开 boxes only when the catalog has that column. */
export function emptyFormValues(hasFiveTypes: boolean): ItemFormValues {
  return {
    seq: '', level1: '', level2: '', content: '', basis: '', timeLimit: '', subject: '', channels: [], channelNotes: {},
    audience: [], mode: [], fiveTypes: [], hasFiveTypes, column: '', category: '', remarks: '',
  };
}

const one = (value: unknown): string => (typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? '') : '');
const many = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);

export function formValuesFromBody(body: Record<string, unknown>): ItemFormValues {
  const channelNotes: Record<string, string> = {};
  for (const channel of CHANNELS_WITH_NOTE) {
    const note = one(body[channelNoteField(channel)]).trim();
    if (note) channelNotes[channel] = note;
  }
  return {
    seq: one(body.seq),
    level1: one(body.level1),
    level2: one(body.level2),
    content: one(body.content),
    basis: one(body.basis),
    timeLimit: one(body.timeLimit),
    subject: one(body.subject),
    channels: many(body.channels),
    channelNotes,
    audience: many(body.audience),
    mode: many(body.mode),
    fiveTypes: many(body.fiveTypes),
    hasFiveTypes: one(body.hasFiveTypes) === '1',
    column: one(body.column),
    category: one(body.category),
    remarks: one(body.remarks),
  };
}

/**
 * The form-shaped item handed to updateCatalogItem (validated there). The
 * parsed 公开时限 rule is kept only while the time-limit text is unchanged.
 */
export function itemInputFromForm(values: ItemFormValues, original: StoredCatalogItem | null): Record<string, unknown> {
  const timeLimit = values.timeLimit.trim();
  const notes = Object.fromEntries(Object.entries(values.channelNotes).filter(([channel]) => values.channels.includes(channel)));
  return {
    seq: values.seq.trim() || null,
    level1: values.level1,
    level2: values.level2,
    content: values.content,
    basis: values.basis.split(/\r?\n/).map((line) => line.trim()).filter(Boolean),
    timeLimit,
    timeLimitRule: original && timeLimit === (original.timeLimit ?? '') ? (original.timeLimitRule ?? null) : null,
    subject: values.subject,
    channels: values.channels,
    ...(Object.keys(notes).length ? { channelNotes: notes } : {}),
    audience: values.audience,
    mode: values.mode,
    fiveTypes: values.fiveTypes.length || values.hasFiveTypes ? values.fiveTypes : null,
    column: values.column,
    category: values.category,
    remarks: values.remarks,
  };
}

/** Messages by form field; issues about unknown paths go under the empty key (shown at the top). */
export function fieldMessages(issues: readonly FieldIssue[]): Record<string, string> {
  const known = new Set(['seq', 'level1', 'level2', 'content', 'basis', 'timeLimit', 'subject', 'channels', 'channelNotes', 'audience', 'mode', 'fiveTypes', 'column', 'category', 'remarks']);
  const messages: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.split('.')[0] ?? '';
    const key = known.has(field) ? field : '';
    messages[key] = messages[key] ? `${messages[key]}；${issue.message}` : issue.message;
  }
  return messages;
}
