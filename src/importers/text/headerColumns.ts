/**
 * The columns a text's header block names, read from the header text itself
 * (a PDF text prints the labels one after another, often broken over lines:
 * 序号 公开事项 公开内容（要素）… 公开方式 所属“五公开”类型 … 一级事项 二级事项
 * 主动公开 依申请 决策 执行 …). Group labels collect their sub-labels in order.
 */
import type { SourceColumn } from '../../domain/catalog/catalog.ts';
import { compact } from '../table/cellText.ts';
import { fieldOfLabel, groupOfLabel, type Group } from '../table/headerVocabulary.ts';

/** Every spelling the tokenizer knows, longest first at each position. */
const SPELLINGS = [
  '所属“五公开”类型', '所属"五公开"类型', '所属五公开类型', '“五公开”类型', '五公开类型', '公开事项', '一级事项名称', '二级事项名称',
  '一级事项', '二级事项', '事项名称', '公开内容（要素）', '公开内容(要素)', '公开内容', '公开依据', '公开时限', '公开期限', '公开责任主体',
  '公开主体', '公开渠道和载体', '公开渠道及载体', '公开渠道', '公开载体', '公开对象', '公开范围', '公开方式', '政府网站所属栏目',
  '网站所属栏目', '所属栏目', '公开类型', '公开类别', '备注', '序号', '编号', '全社会', '特定群体', '特定全体', '主动公开',
  '主动', '依申请公开', '依申请', '决策', '执行', '管理', '服务', '结果', '依据', '时限', '期限',
].sort((a, b) => b.length - a.length);

/** A line that is the start of a label broken over lines (一级事 / 公开类 / 所属“五公开”). */
export function isLabelStart(text: string): boolean {
  const t = compact(text);
  return t.length >= 2 && SPELLINGS.some((spelling) => spelling.startsWith(t));
}

/** The header labels in the order printed. */
export function headerLabels(headerText: string): string[] {
  const t = compact(headerText);
  const out: string[] = [];
  for (let i = 0; i < t.length; ) {
    const hit = SPELLINGS.find((s) => t.startsWith(s, i));
    if (hit) {
      out.push(hit);
      i += hit.length;
    } else i++;
  }
  return out;
}

const GROUP_OF_PART: Record<string, Group> = { level1: 'items', level2: 'items', audience: 'audience', mode: 'mode', five: 'five' };
const GROUP_FIELD: Record<Group, SourceColumn['field']> = { items: 'level1', audience: 'audience', mode: 'mode', five: 'fiveTypes' };
const GROUP_NAME: Record<Group, string> = { items: '公开事项', audience: '公开对象', mode: '公开方式', five: '所属“五公开”类型' };

/** The source's columns from the labels of a header block, in order; null when it names fewer than four. */
export function columnsOfHeaderText(headerText: string): SourceColumn[] | null {
  const labels = headerLabels(headerText);
  const parts = new Map<Group, string[]>();
  const tops: { label: string; group: Group | null; written: boolean }[] = [];
  for (const label of labels) {
    const group = groupOfLabel(label);
    const field = fieldOfLabel(label);
    // 事项名称 after 一级事项 names the 二级事项 column.
    const namesLevel2 = group === 'items' && (parts.get('items') ?? []).some((l) => fieldOfLabel(l)?.kind === 'level1');
    const partOf = namesLevel2 ? 'items' : field ? GROUP_OF_PART[field.kind] : undefined;
    if (partOf) {
      if (!parts.has(partOf)) {
        parts.set(partOf, []);
        if (!tops.some((top) => top.group === partOf)) {
          // A group printed without its label sits before the first group whose sub-labels come later.
          const before = tops.findIndex((top) => top.group !== null && (parts.get(top.group)?.length ?? 0) === 0 && top.group !== partOf);
          tops.splice(before < 0 ? tops.length : before, 0, { label: GROUP_NAME[partOf], group: partOf, written: false });
        }
      }
      parts.get(partOf)!.push(label);
    } else if (group) {
      if (!parts.has(group)) parts.set(group, []);
      const placeholder = tops.find((top) => top.group === group);
      if (placeholder) Object.assign(placeholder, { label, written: true });
      else tops.push({ label, group, written: true });
    } else tops.push({ label, group: null, written: true });
  }
  const columns: SourceColumn[] = [];
  for (const top of tops) {
    if (top.group === null) {
      const field = fieldOfLabel(top.label);
      if (field && field.kind !== 'marks') columns.push({ field: field.kind as SourceColumn['field'], label: top.label, group: null, parts: null });
      continue;
    }
    const subs = parts.get(top.group) ?? [];
    if (top.group === 'items') {
      if (subs.length === 0) columns.push({ field: 'level1', label: top.label, group: null, parts: null });
      for (const sub of subs) columns.push({ field: (fieldOfLabel(sub)?.kind ?? 'level2') as SourceColumn['field'], label: sub, group: top.written ? top.label : null, parts: null });
    } else columns.push({ field: GROUP_FIELD[top.group], label: top.label, group: null, parts: subs.length > 0 ? subs : null });
  }
  return columns.length >= 4 ? columns : null;
}
