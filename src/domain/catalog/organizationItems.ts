/**
 * The catalog items that describe the agency itself — 机构信息 (条例第二十条第一项: 行政机关职能、机构设置、办公地址、
 * 办公时间、联系方式、负责人姓名): 机构职能/职责, 内设机构, 下属/直属单位, 领导信息/分工, 机构概况. Catalogs word them
 * differently (机关职能, 机构职责, 领导分工, 基本信息 under 机构信息), so they are matched by what they say.
 */
const ORGANIZATION_NAME = /机构(信息|职能|职责|概况|设置|简介)|机关职能|内设机构|下属单位|直属(单位|机构)|领导(信息|分工|班子|简介)|班子成员|主要职责|职能职责/;

/** 定点医药机构, 经办机构 … are services, not the agency's own organisation. */
const NOT_ORGANIZATION = /医药机构|医疗机构|定点|经办机构|服务机构|协议/;

/** A generic 二级事项 (基本信息, 概况) counts when its 一级事项 or 公开内容 is about the agency itself. */
const GENERIC_NAME = /^(基本信息|概况|单位概况|机构)$/;
const ABOUT_AGENCY = /机构|职能|办公地址|领导/;

export interface OrganizationCandidate {
  level1: string;
  level2: string | null;
  content?: string | null;
}

export function isOrganizationItem(item: OrganizationCandidate): boolean {
  const name = (item.level2 ?? item.level1).replace(/\s/g, '');
  if (NOT_ORGANIZATION.test(name)) return false;
  if (ORGANIZATION_NAME.test(name)) return true;
  return GENERIC_NAME.test(name) && ABOUT_AGENCY.test(`${item.level1}${item.content ?? ''}`);
}
