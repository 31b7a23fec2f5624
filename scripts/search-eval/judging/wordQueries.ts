/** Judged queries: short words, 文号, and variants/misspellings of the field's words. */
import type { CorpusDocument } from '../corpus/model.ts';
import { agency, all, any, every, item, key, numberOf, topic, year, type QuerySpec } from './judge.ts';

const REMOTE_ITEMS = { [item('zw', '服务公开', '基本医疗保险(生育保险)参保人员异地就医备案')]: 1, [item('dwk', '公共服务', '参保人员异地就医登记备案')]: 1, [item('jf', '公共服务', '参保人员异地就医医疗报销')]: 1 } as const;
const CHRONIC_ITEM = { [item('zw', '服务公开', '基本医疗保险参保人员享受门诊慢特病病种待遇认定')]: 1 } as const;
const ANNUAL_ITEMS = {
  [item('zw', '基本信息', '政府信息公开年报')]: 1, [item('gy', '政务公开工作信息', '政府信息公开年报')]: 1, [item('lw', '基本信息', '政府信息公开年报')]: 1,
  [item('jf', '年度报告', '公开年度工作报告')]: 1, [item('dwk', '政府信息公开', '政府信息公开年度工作报告')]: 1,
} as const;
const CHRONIC = '门诊慢特病的通知、办事指南、认定结果公示都讲这一事项';
const PURCHASE = [topic('vbp'), topic('consumables')];

export const shortQueries: QuerySpec[] = [
  { category: 'short', query: '医保', basis: '整个语料都是医保文件：每篇为 1', docs: [[1, all]] },
  { category: 'short', query: '异地就医', basis: '异地就医备案与直接结算的文件为 2；生育保险通知（异地分娩备案一段）与讲异地就医结算的提案答复为 1；三个异地就医事项为 1', docs: [[2, any(topic('remote-record'), topic('remote-settle'))], [1, any(topic('maternity'), every(topic('proposal'), year(2024)))]], targets: REMOTE_ITEMS },
  { category: 'short', query: '慢特病', basis: `${CHRONIC}：2；讲慢特病的提案答复与列入门诊慢特病直接结算的异地通知为 1`, docs: [[2, topic('chronic')], [1, any(every(topic('proposal'), year(2023, 2025)), topic('remote-settle', 'notice'))]], targets: CHRONIC_ITEM },
  { category: 'short', query: '医疗救助', basis: '医疗救助实施意见与资金公示为 2；医疗救助事项为 1', docs: [[2, topic('assistance')]], targets: { [item('zw', '服务公开', '医疗救助对象待遇核准支付')]: 1, [item('lw', '重点领域', '医疗救助和医疗福利')]: 1 } },
  { category: 'short', query: '年报', basis: '“年报”即政府信息公开工作年度报告：各年报告为 2；五个单位的年报事项为 1', docs: [[2, topic('annual')]], targets: ANNUAL_ITEMS },
  { category: 'short', query: '预算', basis: '部门预算公开为 2；决算与预算整体支出绩效评价为 1', docs: [[2, topic('budget', 'budget')], [1, topic('budget')]] },
  { category: 'short', query: '举报', basis: '举报渠道公告与举报奖励细则为 2', docs: [[2, topic('fraud-report')]] },
  { category: 'short', query: '处罚', basis: '行政处罚决定书与处罚裁量基准为 2', docs: [[2, any(topic('penalty'), topic('discretion'))]] },
  { category: 'short', query: '定点', basis: '医药机构申请定点公告、新增定点名单为 2；双通道定点药店名单、定点医药机构结算公示、异地结算定点医疗机构名单为 1', docs: [[2, topic('designated')], [1, any(topic('drug-list', 'dual'), topic('settlement'), topic('remote-settle', 'notice'))]], targets: { [item('zw', '服务公开', '医药机构申请定点协议管理')]: 1 } },
  { category: 'short', query: '生育保险', basis: '生育保险通知为 2；生育保险待遇事项为 1', docs: [[2, topic('maternity')]], targets: { [item('zw', '服务公开', '生育保险待遇核准支付')]: 1 } },
  { category: 'short', query: '门诊共济', basis: '职工医保门诊共济通知、指南、问答为 2', docs: [[2, topic('mutual-aid')]] },
  { category: 'short', query: '参保缴费', basis: '城乡居民医保参保缴费通知与缴费期开始的公告为 2', docs: [[2, topic('resident-pay')]] },
  { category: 'short', query: '药品目录', basis: '执行国家医保药品目录的通知为 2；双通道药店名单（谈判药品）为 1', docs: [[2, topic('drug-list', 'catalog')], [1, topic('drug-list')]] },
  { category: 'short', query: '大病保险', basis: '大病保险待遇通知为 2；讲三重制度的重特大疾病实施意见为 1', docs: [[2, topic('big-illness')], [1, topic('assistance', 'opinion')]] },
  { category: 'short', query: '指南', basis: '政府信息公开指南为 2；各办事指南为 1；指南事项为 1', docs: [[2, topic('guide')], [1, any(topic('remote-record', 'guide'), topic('chronic', 'guide'), topic('mutual-aid', 'guide'), topic('transfer', 'guide'), topic('rights-query', 'guide'))]], targets: { [item('zw', '基本信息', '政府信息公开指南')]: 1, [item('gy', '政务公开工作信息', '信息公开指南')]: 1, [item('lw', '基本信息', '政府信息公开指南')]: 1, [item('dwk', '政府信息公开', '政府信息公开指南')]: 1 } },
  { category: 'short', query: '医疗服务价格', basis: '调整医疗服务价格项目的通知为 2', docs: [[2, topic('price')]] },
  { category: 'short', query: 'DIP', basis: '按病种分值付费（DIP）改革通知为 2', docs: [[2, topic('dip')]] },
  { category: 'short', query: '电子凭证', basis: '推广医保电子凭证的通知为 2（其他文件只是顺带提到）', docs: [[2, topic('rights-query', 'voucher')]] },
];

export const numberQueries = (docs: readonly CorpusDocument[]): QuerySpec[] => [
  ...['zw-2024-resident-pay-notice', 'gy-2023-outpatient-drug-notice', 'lw-2022-mutual-aid-notice', 'jf-2025-remote-record-notice', 'dwk-2025-penalty-decision2', 'zw-2023-proposal-reply', 'gy-2024-chronic-notice', 'jf-2022-remote-settle-forward'].map((k): QuerySpec => (
    { category: 'docnum', query: numberOf(docs, k), basis: '文号所指的那一篇为 2', docs: [[2, key(k)]] })),
  { category: 'docnum', query: '宁医保发〔2024〕12号', basis: '各单位2024年转发落实宁医保发〔2024〕12号的参保缴费通知为 2', docs: [[2, every(topic('resident-pay', 'notice'), year(2024))]] },
  { category: 'docnum', query: '宁医保发〔2022〕31号', basis: '转发宁医保发〔2022〕31号的通知为 2', docs: [[2, topic('remote-settle', 'forward')]] },
  { category: 'docnum', query: '医保发〔2022〕22号', basis: '落实医保发〔2022〕22号的异地就医直接结算通知为 2；引用它的异地就医备案通知为 1', docs: [[2, topic('remote-settle', 'notice')], [1, topic('remote-record', 'notice')]] },
  { category: 'docnum', query: '国办发〔2021〕14号', basis: '贯彻国办发〔2021〕14号的门诊共济通知为 2', docs: [[2, topic('mutual-aid', 'notice')]] },
  { category: 'docnum', query: '国办发〔2021〕42号', basis: '贯彻国办发〔2021〕42号的重特大疾病实施意见为 2', docs: [[2, topic('assistance', 'opinion')]] },
  { category: 'docnum', query: '医保发〔2021〕48号', basis: '落实医保发〔2021〕48号的DIP改革通知为 2', docs: [[2, topic('dip')]] },
  { category: 'docnum', query: '国办公开办函〔2021〕30号', basis: '按该格式编制的年度报告为 1（只是引用）', docs: [[1, topic('annual')]] },
];

export const variantQueries = (docs: readonly CorpusDocument[]): QuerySpec[] => [
  { category: 'variant', query: '慢性病特殊病', basis: `“门诊慢性病、特殊病”即门诊慢特病：${CHRONIC}，为 2`, docs: [[2, topic('chronic')]], targets: CHRONIC_ITEM },
  { category: 'variant', query: '门诊特殊慢性病', basis: '同上，语序不同的叫法', docs: [[2, topic('chronic')]], targets: CHRONIC_ITEM },
  { category: 'variant', query: '門診慢特病', basis: '繁体字写法：门诊慢特病文件为 2', docs: [[2, topic('chronic')]] },
  { category: 'variant', query: '异地就诊', basis: '“异地就诊”即异地就医：备案与直接结算文件为 2', docs: [[2, any(topic('remote-record'), topic('remote-settle'))]], targets: REMOTE_ITEMS },
  { category: 'variant', query: '异地就医被案', basis: '“备案”的错字：异地就医备案文件为 2，直接结算文件为 1', docs: [[2, topic('remote-record')], [1, topic('remote-settle')]], targets: REMOTE_ITEMS },
  { category: 'variant', query: '集采', basis: '“集采”即集中带量采购：药品和耗材集采落地通知为 2；讲优先支付集采中选药品的门诊待遇通知为 1', docs: [[2, any(...PURCHASE)], [1, topic('outpatient-drug', 'notice')]] },
  { category: 'variant', query: '带量采购', basis: '同上', docs: [[2, any(...PURCHASE)], [1, topic('outpatient-drug', 'notice')]] },
  { category: 'variant', query: '三公经费', basis: '“三公”经费（带引号）：部门预算、决算为 2', docs: [[2, topic('budget', 'budget', 'accounts')]], targets: { [item('dwk', '财政预决算及“三公”经费公开', '“三公”经费')]: 2 } },
  { category: 'variant', query: '城乡居民医疗保险', basis: '城乡居民医保参保缴费为 2；城乡居民门诊统筹、大病保险为 1', docs: [[2, topic('resident-pay')], [1, any(topic('outpatient-drug'), topic('big-illness'))]] },
  { category: 'variant', query: '医保码', basis: '医保电子凭证（医保码）推广通知为 2', docs: [[2, topic('rights-query', 'voucher')]] },
  { category: 'variant', query: '政府信息公开年报', basis: '政府信息公开工作年度报告为 2；年报事项为 1', docs: [[2, topic('annual')]], targets: ANNUAL_ITEMS },
  { category: 'variant', query: '医保基金监管', basis: '医疗保障基金专项检查、双随机抽查、举报为 2；处罚决定书与裁量基准为 1', docs: [[2, any(topic('inspection'), topic('fraud-report'))], [1, any(topic('penalty'), topic('discretion'))]] },
  { category: 'variant', query: numberOf(docs, 'zw-2024-resident-pay-notice').replace('〔', '[').replace('〕', ']'), basis: '方括号代替六角括号的文号：那一篇为 2', docs: [[2, key('zw-2024-resident-pay-notice')]] },
  { category: 'variant', query: numberOf(docs, 'gy-2024-chronic-notice').replace('〔', '（').replace('〕', '）'), basis: '圆括号代替六角括号的文号：那一篇为 2', docs: [[2, key('gy-2024-chronic-notice')]] },
  { category: 'variant', query: '宁医保发2024 12号', basis: '省略括号的文号：宁医保发〔2024〕12号的转发通知为 2', docs: [[2, every(topic('resident-pay', 'notice'), year(2024))]] },
  { category: 'variant', query: '固原医保局', basis: '固原市医疗保障局的简称：该机关为 2，其机构职能与公开指南为 1', docs: [[1, every(agency('gy'), any(topic('org'), topic('guide')))]], targets: { 'agency:gy': 2 } },
];
