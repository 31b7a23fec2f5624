/**
 * Synonyms of the field (data): each group lists words a citizen or a document may use for the same
 * thing. A query word of a group matches any word of it (segment.ts → tokens.ts); the first word of a
 * group is its usual name. Sources: 国家医保局 notices' own wording (医疗保障 for 医保, 门诊慢特病 for
 * 慢特病, 两定机构 for 定点医药机构) and the seed catalogs.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['医保', '医疗保障', '医疗保险'],
  ['医保局', '医疗保障局'],
  ['医保基金', '医疗保障基金'],
  ['报销比例', '支付比例'],
  ['慢特病', '慢性病特殊病', '门诊慢特病', '门诊慢性病特殊病', '慢性病和特殊病'],
  ['异地就医', '异地就诊'],
  ['异地', '外地', '外省'],
  ['就医', '看病', '就诊'],
  ['生育', '生孩子', '分娩'],
  ['职工医保', '职工基本医疗保险', '城镇职工基本医疗保险'],
  ['城乡居民医保', '城乡居民基本医疗保险', '居民医保'],
  ['两定机构', '定点医药机构'],
  ['定点医院', '定点医疗机构'],
  ['定点药店', '定点零售药店'],
  ['长护险', '长期护理保险'],
  ['大病保险', '城乡居民大病保险'],
  ['集采', '集中采购', '集中带量采购'],
  ['骗保', '欺诈骗保'],
  ['年报', '年度报告'],
  ['社保卡', '社会保障卡'],
  ['门特', '门诊特殊病'],
  ['国谈药', '国谈药品', '谈判药品'],
];
