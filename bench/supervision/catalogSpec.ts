/**
 * The supervision bench's agencies and catalogs (issue 11): agency names spread over the 宁夏 region tree
 * (every 市 and 县区 of src/domain/agencies/ningxiaRegions.ts, some agencies at 市 level), and a catalog of 50 items
 * whose 公开时限 cover every obligation kind of domain/supervision/obligationRules.ts: event-driven (20 工作日),
 * periodic (每年1月31日前, 每年, 每半年, 每季度, 每月), standing (长期, 机构职能/领导信息) and vague (及时, 尽快, …).
 */
import type { Random } from '../applications/ledgers.ts';

const CITY_COUNTIES: [string, string[]][] = [
  ['银川市', ['兴庆区', '西夏区', '金凤区', '永宁县', '贺兰县', '灵武市']],
  ['石嘴山市', ['大武口区', '惠农区', '平罗县']],
  ['吴忠市', ['利通区', '红寺堡区', '盐池县', '同心县', '青铜峡市']],
  ['固原市', ['原州区', '西吉县', '隆德县', '泾源县', '彭阳县']],
  ['中卫市', ['沙坡头区', '中宁县', '海原县']],
];
const DEPARTMENTS = ['医疗保障局', '财政局', '卫生健康委员会', '民政局', '人力资源和社会保障局', '住房和城乡建设局', '教育局', '农业农村局', '市场监督管理局', '自然资源局', '生态环境局', '交通运输局'];

/** `count` distinct agency names: one in ten at 市 level, the rest below a 县区 (placed by inferRegionPath). */
export function supervisionAgencyNames(count: number): string[] {
  const places = CITY_COUNTIES.flatMap(([city, counties]) => [city, ...counties.map((county) => `${city}${county}`)]);
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) {
    const place = places[i % places.length]!;
    const round = Math.floor(i / places.length);
    const department = DEPARTMENTS[round % DEPARTMENTS.length]!;
    const branch = Math.floor(round / DEPARTMENTS.length);
    names.push(`${place}${department}${branch ? `第${branch + 1}分局` : ''}`);
  }
  return names;
}

/** The 县 (or 市) whose region a supervisor of the bench watches: the place part of an agency name. */
export const SAMPLE_COUNTY = '兴庆区';
export const SAMPLE_CITY = '银川市';

const EVENT = '形成或者变更之日起20个工作日内';
const PERIODIC = ['每年1月31日前', '每年', '每半年', '每季度', '每季度结束后15日内', '每月', '每月', '每年3月31日前'];
const STANDING = ['机构职能', '领导信息', '内设机构', '政府信息公开指南', '机构概况', '领导分工'];
const VAGUE = ['及时', '尽快', '实时', '即时公开', '形成后及时公开', '无'];

export interface SpecItem {
  seq: string; level1: string; level2: string; content: string; basis: string[]; timeLimit: string; subject: string;
  channels: string[]; audience: string[]; mode: string[]; fiveTypes: null; column: null; category: null; remarks: null;
}

/** 30 event-driven, 8 periodic, 6 standing and 6 vague items, in the order of that list. */
export function supervisionCatalogItems(): SpecItem[] {
  const limits = [...Array<string>(30).fill(EVENT), ...PERIODIC, ...STANDING.map(() => '长期'), ...VAGUE];
  return limits.map((timeLimit, i) => ({
    seq: String(i + 1), level1: `一级事项${Math.floor(i / 10) + 1}`, level2: i >= 38 && i < 44 ? STANDING[i - 38]! : `事项${i + 1}`,
    content: '按规定公开的政府信息', basis: ['《中华人民共和国政府信息公开条例》'], timeLimit, subject: '办公室',
    channels: ['政府网站'], audience: ['全社会'], mode: ['主动公开'], fiveTypes: null, column: null, category: null, remarks: null,
  }));
}

/** The catalog JSON (shared/golden/SCHEMA.md) loadCatalog takes for one agency. */
export function supervisionCatalog(agency: string) {
  return { title: null, agency, preparer: null, reviewer: null, approver: null, preparedOn: null, declared: null, preamble: null, items: supervisionCatalogItems() };
}

/**
 * Which item a document is filed under: skewed towards the first items, and never under items 8, 17, 33 and 36
 * (an event-driven item that stays empty, a periodic one left blank every period) nor the vague ones after 44.
 */
export function pickItemIndex(random: Random): number {
  for (;;) {
    const index = Math.floor(random() ** 1.4 * 44);
    if (![8, 17, 33, 36].includes(index)) return index;
  }
}
