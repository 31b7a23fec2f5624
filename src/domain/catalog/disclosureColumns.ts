/**
 * Which catalog items feed the fixed parts of an agency's 政府信息公开 column (国办公开办函〔2019〕61号,
 * regulations.md §4.2): 政府信息公开指南 (条例第十二条), 政府信息公开制度 and 政府信息公开工作年度报告
 * (年报, 条例第四十九条、第五十条). The public column pages and the publication of a 年报 use the same rule.
 *
 * Agencies name these items in their own words (政府信息公开年报, 公开年度工作报告, 政府信息公开年度工作报告,
 * 政府信息公开制度及相关规定, 政府信息公开规定 …), so an item is matched by what it says — its 二级事项
 * first, then its 一级事项 and 公开内容 as context — against the concept, not by one exact phrase.
 */
export type ColumnKind = 'rules' | 'reports';

export const COLUMN_TITLES: Record<ColumnKind, string> = { rules: '政府信息公开制度', reports: '政府信息公开工作年度报告' };

type MatchedKind = ColumnKind | 'guide';

interface ColumnConcept {
  /** What the item's name says when it is this part of the column. */
  name: RegExp;
  /** Names that look alike but are something else (规范性文件 are not the 公开制度; a 统计公报 is not the 年报). */
  unlike?: RegExp;
  /** A bare name (年度报告, 制度) counts only when the item's wider text is about 政务公开/信息公开. */
  bareName?: RegExp;
}

const DISCLOSURE_CONTEXT = /政务公开|信息公开|公开工作|主动公开|依申请公开/;

const CONCEPTS: Record<MatchedKind, ColumnConcept> = {
  reports: {
    name: /(公开|政务).{0,8}(年报|年度.{0,4}报告)|(年报|年度.{0,4}报告).{0,4}公开/,
    unlike: /统计|公报|审计|决算|预算|总结/,
    bareName: /^(年报|年度.{0,4}报告)$/,
  },
  rules: {
    name: /(公开).{0,6}(制度|规定|办法|规则|细则|规范)|(制度|规定|办法|规则|细则).{0,4}公开/,
    unlike: /规范性文件|政策法规|体制改革|保密/,
    bareName: /^(制度|规章制度|工作制度|相关制度)$/,
  },
  guide: { name: /指南/, unlike: /办事指南|服务指南|经办指南|操作指南/, bareName: /^指南$/ },
};

export interface ColumnCandidate {
  level1: string;
  level2: string | null;
  content?: string | null;
}

function matches(item: ColumnCandidate, concept: ColumnConcept): boolean {
  const name = item.level2 ?? item.level1;
  if (concept.unlike?.test(name)) return false;
  if (concept.name.test(name)) return true;
  const wider = `${item.level1} ${item.content ?? ''}`;
  if (concept.bareName?.test(name.replace(/\s/g, ''))) return DISCLOSURE_CONTEXT.test(wider) || concept.name.test(wider);
  // 一级事项 政府信息公开 / 政务公开 over a 二级事项 that names the part alone (年度报告, 规定 …).
  return DISCLOSURE_CONTEXT.test(item.level1) && concept.name.test(`公开${name}`) && !concept.unlike?.test(wider);
}

export function feedsColumn(item: ColumnCandidate, kind: ColumnKind): boolean {
  return matches(item, CONCEPTS[kind]);
}

/** The item that is the agency's 政府信息公开指南, when the catalog lists one. */
export function isGuideItem(item: ColumnCandidate): boolean {
  return matches(item, CONCEPTS.guide);
}
