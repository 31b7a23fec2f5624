/**
 * An audit event's before/after as a readable difference: the changed fields only, by their Chinese names,
 * values formatted (lists joined with 、, 是/否, codes by their labels). Nested objects are flattened one level.
 * Applicants' personal data is masked as the case page's audit does (条例 and the contract keep it off public pages,
 * and the log is read by more staff than the case).
 */
import { codeLabel, fieldLabel, isHiddenField } from './fieldLabels.ts';
import { chinaMinuteOf } from '../shared/clock.ts';

export interface AuditChange {
  label: string;
  before: string;
  after: string;
}

/** Fields of an application's events that could hold an applicant's or a third party's personal data. */
const PERSONAL_FIELDS: ReadonlySet<string> = new Set(['applicant', 'party', 'request', 'contact', 'idNumber', 'mobile']);
const MASK = '（已记录）';
export const EMPTY_VALUE = '—';

type Plain = Record<string, unknown>;

/** An ISO instant (UTC) is shown as China time to the minute, as the log's 时间 column. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

function formatScalar(entityType: string, key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') return codeLabel(entityType, key, value) ?? (INSTANT.test(value) ? chinaMinuteOf(value) : value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? value.map((v) => formatScalar(entityType, key, v)).join('、') : EMPTY_VALUE;
  const shown = Object.entries(value as Plain).filter(([k, v]) => !isHiddenField(k) && typeof v !== 'object' && v !== '');
  return shown.length ? shown.map(([k, v]) => formatScalar(entityType, k, v)).join('／') : EMPTY_VALUE;
}

/** One level of fields: `{label, value}` per shown key, nested objects flattened with `上级·下级` labels. */
function flatten(entityType: string, state: unknown): Map<string, { label: string; value: string }> {
  const fields = new Map<string, { label: string; value: string }>();
  if (state === null || state === undefined) return fields;
  const object: Plain = isPlain(state) ? state : { value: state };
  for (const [key, value] of Object.entries(object)) {
    if (isHiddenField(key)) continue;
    const masked = entityType === 'application' && PERSONAL_FIELDS.has(key) && value !== undefined && value !== null;
    if (isPlain(value) && !masked) {
      for (const [inner, innerValue] of Object.entries(value)) {
        if (isHiddenField(inner)) continue;
        const mask = entityType === 'application' && PERSONAL_FIELDS.has(inner) && innerValue != null;
        fields.set(`${key}.${inner}`, { label: `${fieldLabel(key)}·${fieldLabel(inner)}`, value: mask ? MASK : formatScalar(entityType, inner, innerValue) });
      }
    } else {
      fields.set(key, { label: key === 'value' ? '内容' : fieldLabel(key), value: masked ? MASK : formatScalar(entityType, key, value) });
    }
  }
  return fields;
}

/** The fields that differ between before and after (all fields of a creation or a removal), in the record's order. */
export function auditDifference(entityType: string, before: unknown, after: unknown): AuditChange[] {
  const old = flatten(entityType, before);
  const now = flatten(entityType, after);
  const keys = [...new Set([...old.keys(), ...now.keys()])];
  return keys.flatMap((key) => {
    const previous = old.get(key);
    const next = now.get(key);
    const was = previous?.value ?? EMPTY_VALUE;
    const is = next?.value ?? EMPTY_VALUE;
    return was === is ? [] : [{ label: (next ?? previous)!.label, before: was, after: is }];
  });
}

/** The difference as one line of text (CSV): 公开内容：旧 → 新；… */
export function auditDifferenceText(changes: readonly AuditChange[]): string {
  return changes.map((change) => `${change.label}：${change.before} → ${change.after}`).join('；');
}
