/**
 * Header pass: finds the form's header block (one, two or three rows: 公开事项
 * over 一级事项/二级事项, 公开对象/公开方式/所属“五公开”类型 over their tick
 * sub-columns) and gives every physical column its field.
 */
import { compact } from './cellText.ts';
import { nonEmpty, texts, type Cell } from './draft.ts';
import { fieldOfLabel, groupAsField, withoutSecondSubject, groupOfLabel, isHeaderRow, type Field, type Group } from './headerVocabulary.ts';

const PART_OF = new Set(['level1', 'level2', 'audience', 'mode', 'five']);
import { headerLabels } from '../text/headerColumns.ts';

export interface HeaderReading {
  /** Index of the first header row. */
  headerAt: number;
  /** Index of the first row after the header block. */
  dataAt: number;
  header: Cell[][];
  /** The field of each physical column (null: a column the form does not know). */
  fields: (Field | null)[];
}

/** The header block, or null when no row reads as the form's header. */
export function findHeader(rows: readonly Cell[][]): HeaderReading | null {
  const headerAt = rows.findIndex((row) => isHeaderRow(texts(row)));
  if (headerAt < 0) return null;
  const header: Cell[][] = [rows[headerAt]!];
  let dataAt = headerAt + 1;
  while (dataAt < rows.length && header.length < 3) {
    const row = rows[dataAt]!;
    if (nonEmpty(row).length === 0) {
      dataAt++;
      continue;
    }
    if (!isHeaderRow(texts(row))) break;
    header.push(row);
    dataAt++;
  }
  repairSpannedLabels(header);
  const leaves = lowerOnlyParts(header) ? [leafRow(header[0]!, header[1]!)] : header;
  return { headerAt, dataAt, header: leaves, fields: columnFields(leaves) };
}

const PART_KINDS: Record<Group, string[]> = { items: ['level1', 'level2'], audience: ['audience'], mode: ['mode'], five: ['five'] };

/**
 * Two header lines where the lower lists only the groups' sub-labels (一级事项 | 二级事项 | 全社会 …),
 * without places for the columns above that have none: one line of leaf labels, each group's
 * sub-labels in its place.
 */
function leafRow(upper: readonly Cell[], lower: readonly Cell[]): Cell[] {
  const queue = lower.map((c) => c.text).filter((t) => compact(t) !== '');
  const out: string[] = [];
  for (const label of upper.map((c) => c.text)) {
    if (compact(label) === '') continue;
    const group = groupOfLabel(label);
    const parts: string[] = [];
    while (group && queue.length > 0 && PART_KINDS[group].includes(fieldOfLabel(queue[0]!)?.kind ?? '')) parts.push(queue.shift()!);
    // A label the form does not know (公开层级) heads the sub-labels the form does not know either (县级 | 乡、村级).
    const unknownParts = queue.findIndex((t) => fieldOfLabel(t) !== null || groupOfLabel(t) !== null);
    const unknownCount = unknownParts < 0 ? queue.length : unknownParts;
    if (!group && fieldOfLabel(label) === null && unknownCount >= 2) parts.push(...queue.splice(0, unknownCount));
    out.push(...(parts.length > 0 ? parts : [label]));
  }
  return [...out, ...queue].map((text) => ({ text, merged: false }));
}

/**
 * The lower header row starts at the first column with sub-labels only (一级事项 under 序号's place),
 * or the upper row gives its first group head no place for its sub-columns (公开事项 | 公开内容 over
 * 一级事项 | 二级事项): the lower row's labels have no places.
 */
function lowerOnlyParts(header: readonly Cell[][]): boolean {
  if (header.length !== 2) return false;
  const [upper, lower] = header as [Cell[], Cell[]];
  const filled = (row: readonly Cell[]) => row.filter((c) => compact(c.text) !== '');
  const first = lower[0] ? fieldOfLabel(lower[0].text)?.kind : undefined;
  if (first === undefined || !PART_OF.has(first) || filled(lower).length >= filled(upper).length) return false;
  const groupAt = upper.findIndex((c) => groupOfLabel(c.text) !== null);
  return groupOfLabel(upper[0]?.text ?? '') === null || (groupAt >= 0 && compact(upper[groupAt + 1]?.text ?? '') !== '');
}

/** How many sub-columns each group of the national form has. */
const GROUP_SIZE: Record<Group, number> = { items: 2, audience: 2, mode: 2, five: 5 };

/**
 * A group's sub-labels that extraction ran together or split (主动 依申 | 请 | … | 决策 执行 管理 服务 结果):
 * read the labels under the group's span in order and give each sub-column its own,
 * when they are exactly as many as the span has columns.
 */
function repairSpannedLabels(header: Cell[][]): void {
  if (header.length < 2) return;
  const upper = header[header.length - 2]!;
  const lower = header[header.length - 1]!;
  upper.forEach((cell, j) => {
    const group = groupOfLabel(cell.text);
    if (!group) return;
    let end = j + 1;
    while (end < upper.length && end - j < GROUP_SIZE[group] && compact(upper[end]!.text) === '' && !upper[end]!.merged) end++;
    const span = lower.slice(j, end);
    if (span.length < 2 || span.every((c) => fieldOfLabel(c.text) !== null)) return;
    const labels = headerLabels(span.map((c) => c.text).join(''));
    if (labels.length !== span.length) return;
    span.forEach((c, k) => {
      c.text = labels[k]!;
    });
  });
}

/** The nearest non-empty label above the lowest header row in column j. */
export function upperLabel(uppers: readonly Cell[][], j: number): string {
  for (let r = uppers.length - 1; r >= 0; r--) {
    const t = uppers[r]![j]?.text ?? '';
    if (compact(t) !== '') return t;
  }
  return '';
}

/**
 * The upper row lists its labels without placeholders for the spanned columns
 * (text readers): it is shorter than the lower row and has no empty cell.
 */
export function isSequentialUpper(header: readonly Cell[][]): boolean {
  const last = header[header.length - 1]!;
  const upper = header[header.length - 2];
  return upper !== undefined && upper.length < last.length && upper.every((c) => compact(c.text) !== '');
}

/** A second 一级事项 column (事项名称 beside 一级事项) names the 二级事项. */
function secondLevel1AsLevel2(fields: (Field | null)[]): (Field | null)[] {
  const first = fields.findIndex((f) => f?.kind === 'level1');
  const hasLevel2 = fields.some((f) => f?.kind === 'level2');
  return fields.map((f, j) => (!hasLevel2 && j > first && first >= 0 && f?.kind === 'level1' ? { kind: 'level2' } : f));
}

/** Column fields from one or more header rows. */
export function columnFields(header: readonly Cell[][]): (Field | null)[] {
  const labelAt = (j: number) => header.map((row) => row[j]?.text ?? '').find((t) => fieldOfLabel(t)?.kind === 'subject') ?? '';
  return secondLevel1AsLevel2(withoutSecondSubject(rawColumnFields(header), labelAt));
}

function rawColumnFields(header: readonly Cell[][]): (Field | null)[] {
  const last = header[header.length - 1]!;
  const lastFields = last.map((c) => fieldOfLabel(c.text));
  if (header.length === 1) {
    return last.map((c, j) => {
      if (lastFields[j]) return lastFields[j];
      const group = groupOfLabel(c.text);
      return group ? groupAsField(group) : null;
    });
  }
  const uppers = header.slice(0, -1);
  if (isSequentialUpper(header)) {
    // The upper row's labels that are not group heads fill the columns the lower row leaves empty.
    const queue = uppers[uppers.length - 1]!.filter((c) => groupOfLabel(c.text) === null).map((c) => c.text);
    return last.map((c, j) => {
      if (compact(c.text) !== '') return lastFields[j] ?? null;
      const label = queue.shift();
      return label ? fieldOfLabel(label) : null;
    });
  }
  const width = Math.max(last.length, ...uppers.map((u) => u.length));
  const out: (Field | null)[] = [];
  for (let j = 0; j < width; j++) {
    const own = lastFields[j];
    if (own) {
      out.push(own);
      continue;
    }
    const label = upperLabel(uppers, j);
    const field = fieldOfLabel(label);
    if (field) out.push(field);
    else {
      const group = groupOfLabel(label);
      out.push(group && compact(last[j]?.text ?? '') === '' ? groupAsField(group) : null);
    }
  }
  return out;
}
