/**
 * The columns a catalog's table shows (issue 12, faithful catalogs): the source's columns as written where the
 * catalog keeps them (CatalogDocument.columns), else the national form's columns as the project always showed them
 * (国办发〔2019〕54号's form; 五公开、栏目、公开类型、备注 only where some item fills them).
 */
import type { CatalogField, CatalogItem, SourceColumn } from './catalog.ts';
import { AUDIENCES, FIVE_TYPES, MODES } from './vocabulary.ts';

/** One sub-column of a mark column: its header as written and the value its tick stands for. */
export interface ColumnPart {
  label: string;
  value: string;
}

/** A column ready to draw: header text as written, its group header, and its sub-columns for marks. */
export interface TableColumn {
  field: CatalogField;
  label: string;
  group: string | null;
  parts: ColumnPart[] | null;
}

export type MarkField = 'audience' | 'mode' | 'fiveTypes';

const MARK_VALUES: Record<MarkField, readonly string[]> = { audience: AUDIENCES, mode: MODES, fiveTypes: FIVE_TYPES };

/** Words by which a sub-column's header as written names its value (特定全体 is a common typo of 特定群体). */
const PART_WORDS: Record<string, RegExp> = {
  全社会: /社会/,
  特定群体: /特定/,
  主动公开: /主动/,
  依申请公开: /申请/,
  决策: /决策/,
  执行: /执行/,
  管理: /管理/,
  服务: /服务/,
  结果: /结果/,
};

export function isMarkField(field: CatalogField): field is MarkField {
  return field === 'audience' || field === 'mode' || field === 'fiveTypes';
}

/** The value a sub-column stands for: named by its words, else by its place in the form's order. */
export function partValue(field: MarkField, label: string, index: number): string {
  const values = MARK_VALUES[field];
  const compact = label.replace(/\s+/g, '');
  return values.find((value) => PART_WORDS[value]!.test(compact)) ?? values[index] ?? compact;
}

function fromSource(column: SourceColumn): TableColumn {
  const parts = column.parts?.length && isMarkField(column.field)
    ? column.parts.map((label, index) => ({ label, value: partValue(column.field as MarkField, label, index) }))
    : null;
  return { field: column.field, label: column.label, group: column.group ?? null, parts };
}

const national = (field: CatalogField, label: string, parts?: [string, string][]): TableColumn => ({
  field,
  label,
  group: null,
  parts: parts ? parts.map(([partLabel, value]) => ({ label: partLabel, value })) : null,
});

/** The national form's columns as the project showed them before issue 12. */
function nationalColumns(items: readonly CatalogItem[]): TableColumn[] {
  const filled = (field: 'column' | 'category' | 'remarks') => items.some((item) => item[field] !== null);
  return [
    national('seq', '序号'),
    national('level1', '一级事项'),
    national('level2', '二级事项'),
    national('content', '公开内容（要素）'),
    national('basis', '公开依据'),
    national('timeLimit', '公开时限'),
    national('subject', '公开主体'),
    national('channels', '公开渠道和载体'),
    national('audience', '公开对象', [['全社会', '全社会'], ['特定群体', '特定群体']]),
    national('mode', '公开方式', [['主动', '主动公开'], ['依申请', '依申请公开']]),
    ...(items.some((item) => item.fiveTypes !== null) ? [national('fiveTypes', '所属“五公开”类型', FIVE_TYPES.map((name) => [name, name] as [string, string]))] : []),
    ...(filled('column') ? [national('column', '网站所属栏目')] : []),
    ...(filled('category') ? [national('category', '公开类型')] : []),
    ...(filled('remarks') ? [national('remarks', '备注')] : []),
  ];
}

/** The catalog's columns: the source's as written when it has them, else the national form's. */
export function tableColumns(columns: readonly SourceColumn[] | null | undefined, items: readonly CatalogItem[]): TableColumn[] {
  return columns?.length ? columns.map(fromSource) : nationalColumns(items);
}

/** Whether a mark of this item is ticked: the item's marks of the column's field include the part's value. */
export function isTicked(item: Pick<CatalogItem, MarkField>, field: MarkField, value: string): boolean {
  return (item[field] as readonly string[] | null)?.includes(value) ?? false;
}

/** One row's marks of a mark column as the portal presents them: every value of the form, ticked or not. */
export type MarkList = readonly { name: string; ticked: boolean }[] | null;

/** Whether the value a sub-column stands for is ticked among one row's marks. */
export function markTicked(marks: MarkList, value: string): boolean {
  return marks?.some((mark) => mark.name === value && mark.ticked) ?? false;
}

/** The ticked marks of one row by the column's sub-column labels as written, else (no sub-columns) by their values. */
export function tickedMarkLabels(column: Pick<TableColumn, 'parts'>, marks: MarkList): string[] {
  if (column.parts) return column.parts.filter((part) => markTicked(marks, part.value)).map((part) => part.label);
  return (marks ?? []).filter((mark) => mark.ticked).map((mark) => mark.name);
}
