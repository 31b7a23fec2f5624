/**
 * Capture of the source's columns as written (issue 12, faithful catalogs):
 * for every column of the header the field it holds, its label as printed,
 * the group label printed above it, and the sub-labels of a tick group
 * (主动公开 | 依申请公开; 决策 … 结果) — only the columns the source has, in order.
 */
import type { CatalogField, SourceColumn } from '../../domain/catalog/catalog.ts';
import { cleanText, compact } from './cellText.ts';
import type { Cell } from './draft.ts';
import { isSequentialUpper, upperLabel } from './headerPass.ts';
import { groupOfLabel, type Field } from './headerVocabulary.ts';

interface Printed {
  label: string;
  group: string | null;
}

const TICK_GROUP_NAMES: Record<string, string> = { audience: '公开对象', mode: '公开方式', five: '所属“五公开”类型' };

/** The label and group label printed over each physical column. */
function printedLabels(header: readonly Cell[][], width: number): Printed[] {
  const last = header[header.length - 1]!;
  const uppers = header.slice(0, -1);
  if (uppers.length === 0) return Array.from({ length: width }, (_, j) => ({ label: cleanText(last[j]?.text ?? ''), group: null }));
  if (isSequentialUpper(header)) {
    const upper = uppers[uppers.length - 1]!;
    const queue = upper.filter((c) => groupOfLabel(c.text) === null).map((c) => cleanText(c.text));
    const groups = upper.filter((c) => groupOfLabel(c.text) !== null).map((c) => cleanText(c.text));
    let group = 0;
    let inGroup = false;
    return Array.from({ length: width }, (_, j) => {
      const own = cleanText(last[j]?.text ?? '');
      if (own === '') {
        if (inGroup) group++;
        inGroup = false;
        return { label: queue.shift() ?? '', group: null };
      }
      inGroup = true;
      return { label: own, group: groups[group] ?? null };
    });
  }
  const out: Printed[] = [];
  for (let j = 0; j < width; j++) {
    const own = cleanText(last[j]?.text ?? '');
    if (own === '') {
      out.push({ label: cleanText(upperLabel(uppers, j)), group: null });
      continue;
    }
    // The group label sits over the first column of its span; the spanned columns above are empty.
    let k = j;
    const upper = uppers[uppers.length - 1]!;
    while (k > 0 && compact(upper[k]?.text ?? '') === '' && compact(last[k - 1]?.text ?? '') !== '') k--;
    const above = cleanText(upper[k]?.text ?? '');
    out.push({ label: own, group: above !== '' && groupOfLabel(above) !== null ? above : null });
  }
  return out;
}

function catalogField(field: Field): CatalogField | null {
  switch (field.kind) {
    case 'audience':
    case 'audienceText':
      return 'audience';
    case 'mode':
    case 'modeText':
      return 'mode';
    case 'five':
    case 'fiveText':
      return 'fiveTypes';
    case 'marks':
      return null;
    default:
      return field.kind;
  }
}

const isTick = (field: Field): field is Extract<Field, { kind: 'audience' | 'mode' | 'five' }> =>
  field.kind === 'audience' || field.kind === 'mode' || field.kind === 'five';

/** The source's columns from its header block and the fields read from it. */
export function sourceColumns(header: readonly Cell[][], fields: readonly (Field | null)[]): SourceColumn[] {
  const printed = printedLabels(header, fields.length);
  const out: SourceColumn[] = [];
  let tickKind: string | null = null;
  fields.forEach((field, j) => {
    const at = printed[j]!;
    if (!field) {
      tickKind = null;
      return;
    }
    const target = catalogField(field);
    if (target === null) return;
    if (isTick(field)) {
      const previous = out[out.length - 1];
      if (tickKind === field.kind && previous?.parts) {
        previous.parts.push(at.label);
        return;
      }
      tickKind = field.kind;
      out.push({ field: target, label: at.group ?? TICK_GROUP_NAMES[field.kind]!, group: null, parts: [at.label] });
      return;
    }
    tickKind = null;
    out.push({ field: target, label: at.label, group: at.group, parts: null });
  });
  return out;
}
