/**
 * The one column list of the national 政务公开目录 form, shared by every
 * exporter (xlsx, docx, pdf, csv): header wording, grouping, relative width and
 * how an item's field becomes cell text.
 */
import type { CatalogItem } from '../domain/catalog/catalog.ts';
import { CHANNELS, CHANNELS_WITH_NOTE, FIVE_TYPES, type Channel } from '../domain/catalog/vocabulary.ts';

export type ColumnKey =
  | 'seq'
  | 'level1'
  | 'level2'
  | 'content'
  | 'basis'
  | 'timeLimit'
  | 'subject'
  | 'channels'
  | 'audienceAll'
  | 'audienceGroup'
  | 'modeProactive'
  | 'modeOnRequest'
  | 'fiveTypes'
  | 'column'
  | 'category'
  | 'remarks';

export type HeaderWording = 'standard' | 'variant';
export type ChannelStyle = 'boxes' | 'text';

export interface ExportOptions {
  /** Header wording: the national form's ('standard') or the variants found in real catalogs. */
  wording?: HeaderWording;
  /** Channels as the full ■/□ check-box list ('boxes', the form) or the ticked names only ('text'). */
  channelStyle?: ChannelStyle;
  /** Merge the 一级事项 cells of a group (the form) or repeat the name on every row. */
  mergeLevel1?: boolean;
  /** Column order; keys left out keep their form order after the ones given. Grouped columns stay adjacent. */
  order?: ColumnKey[];
  /** A CJK font file for the PDF export (configuration GONGKAI_CJK_FONT) instead of the one found. */
  cjkFontFile?: string;
}

export interface ColumnDef {
  key: ColumnKey;
  /** The two-row header: a group title spanning its columns (公开事项, 公开对象, 公开方式) or none. */
  group: string | null;
  header: string;
  /** Relative width in characters of 10.5-pt text. */
  width: number;
  align: 'left' | 'center';
  value(item: CatalogItem, style: ChannelStyle): string;
}

const CHECKED = '■';
const UNCHECKED = '□';
const TICK = '√';

const WORDING: Record<HeaderWording, Record<ColumnKey, string> & { items: string; audience: string; mode: string }> = {
  standard: {
    items: '公开事项',
    audience: '公开对象',
    mode: '公开方式',
    seq: '序号',
    level1: '一级事项',
    level2: '二级事项',
    content: '公开内容（要素）',
    basis: '公开依据',
    timeLimit: '公开时限',
    subject: '公开主体',
    channels: '公开渠道和载体',
    audienceAll: '全社会',
    audienceGroup: '特定群体',
    modeProactive: '主动',
    modeOnRequest: '依申请',
    fiveTypes: '所属“五公开”类型',
    column: '网站所属栏目',
    category: '公开类型',
    remarks: '备注',
  },
  variant: {
    items: '事项名称',
    audience: '公开范围',
    mode: '公开方式',
    seq: '编号',
    level1: '一级目录',
    level2: '二级目录',
    content: '内容',
    basis: '依据',
    timeLimit: '时限',
    subject: '责任主体',
    channels: '公开渠道',
    audienceAll: '全社会',
    audienceGroup: '特定人群',
    modeProactive: '主动公开',
    modeOnRequest: '依申请公开',
    fiveTypes: '五公开类型',
    column: '政府网站所属栏目',
    category: '公开类型',
    remarks: '备注',
  },
};

/** Channel text as printed on the form's check-box list. */
export function channelLabel(channel: Channel, note?: string): string {
  if (!CHANNELS_WITH_NOTE.includes(channel)) return channel;
  return note ? `${channel}（注明：${note}）` : `${channel}（注明）`;
}

export function channelsText(item: CatalogItem, style: ChannelStyle): string {
  const ticked = new Set(item.channels ?? []);
  const notes = item.channelNotes ?? {};
  if (style === 'text') {
    return CHANNELS.filter((c) => ticked.has(c))
      .map((c) => (notes[c] ? `${c}（${notes[c]}）` : c))
      .join('、');
  }
  return CHANNELS.map((c) => `${ticked.has(c) ? CHECKED : UNCHECKED}${channelLabel(c, ticked.has(c) ? notes[c] : undefined)}`).join(' ');
}

/** 公开依据: one entry as written; several numbered one per line (1. 2. …), separated by ；. */
export function basisText(basis: readonly string[] | null): string {
  const entries = (basis ?? []).filter((entry) => entry.trim() !== '');
  if (entries.length <= 1) return entries[0] ?? '';
  // Each entry but the last ends with a separator (as printed lists do), so the number that follows reads as one.
  return entries
    .map((entry, i) => `${i + 1}.${entry}${i < entries.length - 1 && !/[；;。，,、）)》]$/.test(entry) ? '；' : ''}`)
    .join('\n');
}

function fiveTypesText(item: CatalogItem): string {
  if (item.fiveTypes === null || item.fiveTypes === undefined) return '';
  const marked = new Set(item.fiveTypes);
  return FIVE_TYPES.map((t) => `${marked.has(t) ? CHECKED : UNCHECKED}${t}`).join(' ');
}

const tick = (on: boolean): string => (on ? TICK : '');

const BASE: Omit<ColumnDef, 'header' | 'group'>[] = [
  { key: 'seq', width: 3.5, align: 'center', value: (item) => item.seq ?? '' },
  { key: 'level1', width: 6, align: 'center', value: (item) => item.level1 },
  { key: 'level2', width: 8, align: 'center', value: (item) => item.level2 ?? '' },
  { key: 'content', width: 14, align: 'left', value: (item) => item.content ?? '' },
  { key: 'basis', width: 16, align: 'left', value: (item) => basisText(item.basis) },
  { key: 'timeLimit', width: 8, align: 'center', value: (item) => item.timeLimit ?? '' },
  { key: 'subject', width: 7, align: 'center', value: (item) => item.subject ?? '' },
  { key: 'channels', width: 13, align: 'left', value: (item, style) => channelsText(item, style) },
  { key: 'audienceAll', width: 4, align: 'center', value: (item) => tick((item.audience ?? []).includes('全社会')) },
  { key: 'audienceGroup', width: 4, align: 'center', value: (item) => tick((item.audience ?? []).includes('特定群体')) },
  { key: 'modeProactive', width: 4, align: 'center', value: (item) => tick((item.mode ?? []).includes('主动公开')) },
  { key: 'modeOnRequest', width: 4, align: 'center', value: (item) => tick((item.mode ?? []).includes('依申请公开')) },
  { key: 'fiveTypes', width: 6, align: 'left', value: fiveTypesText },
  { key: 'column', width: 9, align: 'left', value: (item) => item.column ?? '' },
  { key: 'category', width: 5, align: 'center', value: (item) => item.category ?? '' },
  { key: 'remarks', width: 5, align: 'left', value: (item) => item.remarks ?? '' },
];

const GROUP_OF: Partial<Record<ColumnKey, 'items' | 'audience' | 'mode'>> = {
  level1: 'items',
  level2: 'items',
  audienceAll: 'audience',
  audienceGroup: 'audience',
  modeProactive: 'mode',
  modeOnRequest: 'mode',
};

const OPTIONAL: Partial<Record<ColumnKey, (item: CatalogItem) => boolean>> = {
  fiveTypes: (item) => item.fiveTypes !== null && item.fiveTypes !== undefined,
  column: (item) => !!item.column,
  category: (item) => !!item.category,
  remarks: (item) => !!item.remarks,
};

/**
 * The columns of the form for these items: every national-form column, plus
 * 五公开/网站所属栏目/公开类型/备注 when any item has them, in form order (or
 * options.order, keeping grouped columns adjacent).
 */
export function formColumns(items: readonly CatalogItem[], options: ExportOptions = {}): ColumnDef[] {
  const wording = WORDING[options.wording ?? 'standard'];
  let columns: ColumnDef[] = BASE.filter((base) => {
    const present = OPTIONAL[base.key];
    return !present || items.some(present);
  }).map((base) => {
    const group = GROUP_OF[base.key];
    return { ...base, header: wording[base.key], group: group ? wording[group] : null };
  });
  if (options.order?.length) {
    const rank = (key: ColumnKey): number => {
      const i = options.order!.indexOf(key);
      return i < 0 ? options.order!.length + BASE.findIndex((b) => b.key === key) : i;
    };
    // Sort by the rank of each column's group (its best-ranked member), then by the rank within.
    const groupRank = (column: ColumnDef): number =>
      Math.min(...columns.filter((c) => column.group !== null && c.group === column.group).map((c) => rank(c.key)), rank(column.key));
    columns = [...columns].sort((a, b) => groupRank(a) - groupRank(b) || rank(a.key) - rank(b.key));
  }
  return columns;
}
