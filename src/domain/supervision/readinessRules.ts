/**
 * Inspection readiness (issue 11, deliverable 3): the checks of 《政府网站与政务新媒体检查指标》(国办秘函〔2019〕19号)
 * and of 条例第十二条、第四十九条、第五十三条 that Gongkai can decide from its own data, kept as data.
 * Source notes: shared/reference/regulations.md §1.1, §4.3, §4.4. What the notes mark UNCONFIRMED (local practice, or
 * points Gongkai chose because the indicator's deduction wording was not found) carries `confirmed: false` and says why.
 */
export type ReadinessRuleId =
  | 'columns.blank'
  | 'columns.stale'
  | 'columns.longStale'
  | 'items.periodBlank'
  | 'links.broken'
  | 'annualReport.missing'
  | 'annualReport.late'
  | 'guide.incomplete'
  | 'guide.stale'
  | 'catalog.stale';

export interface Citation {
  /** The document and its part, in Chinese, as a user sees it. */
  text: string;
  /** Where the project read it (regulations.md section and the source it names). */
  source: string;
}

export interface ReadinessRule {
  id: ReadinessRuleId;
  title: string;
  /** The threshold in words (Chinese), as a report shows it. */
  threshold: string;
  /** Single-veto rules: this many findings make the site 不合格; below it each finding is `belowVeto`. */
  vetoAt?: number;
  /** What a finding is when the rule has no veto or stays below it. */
  belowVeto: 'deduction' | 'notice';
  /** Points deducted per finding, and at most for the rule (deductions only). */
  pointsEach?: number;
  maxPoints?: number;
  citation: Citation;
  confirmed: boolean;
  /** What is not confirmed, when `confirmed` is false. */
  unconfirmed?: string;
}

const INDICATORS = '《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）';
const INDICATOR_SOURCE = 'regulations.md §4.3：https://51xunbu.cn/kss/c107449/202010/54336522e21e46d58c7fee8c3a412fb5.shtml；阈值见 https://max.book118.com/html/2017/0524/108896749.shtm';
const REGULATION_SOURCE = 'regulations.md §1.1：《中华人民共和国政府信息公开条例》（国务院令第711号），LawRefBook/Laws 行政法规/政府信息公开条例(2019-04-03).md';
const POINTS_CHOSEN = '检查指标中政府信息公开栏目的扣分条文未找到，扣分分值为本系统设定';

export const READINESS_RULES: readonly ReadinessRule[] = [
  {
    id: 'columns.blank', title: '空白栏目', threshold: '自开设以来从未发布信息的栏目达到5个（单项否决）；确无此类信息并在栏目页说明的不计',
    vetoAt: 5, belowVeto: 'notice', confirmed: true,
    citation: { text: `${INDICATORS}单项否决指标“栏目不更新”第（3）项`, source: `${INDICATOR_SOURCE}；空白栏目的定义：http://big5.www.gov.cn/gate/big5/www.gov.cn/wzpc/2015-07/15/content_2897409.htm` },
  },
  {
    id: 'columns.stale', title: '栏目不更新', threshold: '动态要闻类栏目2周内未更新、通知公告和政策文件类栏目6个月内未更新，合计达到5个（单项否决）',
    vetoAt: 5, belowVeto: 'deduction', pointsEach: 5, maxPoints: 20, confirmed: false,
    unconfirmed: '未达5个时每栏扣5分取自2019年第二季度的一份自查（一级政策文件栏目6个月未更新扣5分），全国扣分条文未找到',
    citation: { text: `${INDICATORS}单项否决指标“栏目不更新”第（1）项`, source: `${INDICATOR_SOURCE}；扣分示例：https://cpxtsg.com/gkml/wzcc/202102/t20210226_31892` },
  },
  {
    id: 'columns.longStale', title: '应更新栏目长期未更新', threshold: '人事、规划计划类栏目12个月未更新，达到10个（单项否决）',
    vetoAt: 10, belowVeto: 'notice', confirmed: false,
    unconfirmed: '“长期未更新”的全国期限未找到，12个月为地方做法（韶山市栏目框架）',
    citation: { text: `${INDICATORS}单项否决指标“栏目不更新”第（2）项`, source: `${INDICATOR_SOURCE}；12个月：http://shaoshan.gov.cn/Item/73790.aspx` },
  },
  {
    id: 'items.periodBlank', title: '定期公开事项到期未公开', threshold: '目录事项按公开时限每期应公开一次（每年、每季度、每月），期满仍未公开',
    belowVeto: 'deduction', pointsEach: 2, maxPoints: 10, confirmed: false, unconfirmed: POINTS_CHOSEN,
    citation: { text: '本单位政务公开标准目录载明的公开时限；《中华人民共和国政府信息公开条例》第二十六条', source: REGULATION_SOURCE },
  },
  {
    id: 'links.broken', title: '站内链接不可用', threshold: '已发布文件正文中指向本站文件或附件的链接，目标不存在或已撤回',
    belowVeto: 'deduction', pointsEach: 1, maxPoints: 5, confirmed: false, unconfirmed: POINTS_CHOSEN,
    citation: { text: `${INDICATORS}扣分指标（链接可用性）`, source: INDICATOR_SOURCE },
  },
  {
    id: 'annualReport.missing', title: '年度报告未发布', threshold: '上一年度政府信息公开工作年度报告1月31日后仍未发布',
    belowVeto: 'deduction', pointsEach: 5, confirmed: false, unconfirmed: POINTS_CHOSEN,
    citation: { text: '《中华人民共和国政府信息公开条例》第四十九条', source: REGULATION_SOURCE },
  },
  {
    id: 'annualReport.late', title: '年度报告逾期发布', threshold: '上一年度政府信息公开工作年度报告晚于1月31日发布',
    belowVeto: 'deduction', pointsEach: 2, confirmed: false, unconfirmed: POINTS_CHOSEN,
    citation: { text: '《中华人民共和国政府信息公开条例》第四十九条', source: REGULATION_SOURCE },
  },
  {
    id: 'guide.incomplete', title: '政府信息公开指南要素不全', threshold: '指南缺少工作机构名称、通信地址、办公时间、联系电话、电子邮箱、邮政编码或依申请公开渠道',
    belowVeto: 'deduction', pointsEach: 1, maxPoints: 5, confirmed: false, unconfirmed: POINTS_CHOSEN,
    citation: { text: '《中华人民共和国政府信息公开条例》第十二条、第二十九条', source: REGULATION_SOURCE },
  },
  {
    id: 'guide.stale', title: '政府信息公开指南未及时更新', threshold: '指南（目录和联系方式）12个月未更新',
    belowVeto: 'deduction', pointsEach: 2, confirmed: false, unconfirmed: '条例只要求“及时更新”，12个月为本系统采用的地方做法；扣分分值为本系统设定',
    citation: { text: '《中华人民共和国政府信息公开条例》第十二条、第五十三条', source: `${REGULATION_SOURCE}；regulations.md §4.4` },
  },
  {
    id: 'catalog.stale', title: '政府信息公开目录未及时更新', threshold: '目录未发布，或已发布的版本12个月未更新',
    belowVeto: 'deduction', pointsEach: 2, confirmed: false, unconfirmed: '条例只要求“及时更新”，12个月为本系统采用的地方做法；扣分分值为本系统设定',
    citation: { text: '《中华人民共和国政府信息公开条例》第十二条、第五十三条', source: `${REGULATION_SOURCE}；regulations.md §4.4` },
  },
];

export function readinessRule(id: ReadinessRuleId): ReadinessRule {
  return READINESS_RULES.find((rule) => rule.id === id)!;
}

/** Column classes of the 栏目不更新 indicator and how old their newest information may be (regulations.md §4.4). */
export type ColumnClass = 'news' | 'notices' | 'plans';

export interface ColumnClassRule {
  label: string;
  /** Matched on the column's name (二级事项, else 一级事项). */
  pattern: RegExp;
  maxAge: { days?: number; months?: number };
  rule: ReadinessRuleId;
  confirmed: boolean;
}

export const COLUMN_CLASSES: Record<ColumnClass, ColumnClassRule> = {
  news: { label: '动态要闻类', pattern: /动态|要闻|工作进展/, maxAge: { days: 14 }, rule: 'columns.stale', confirmed: true },
  notices: { label: '通知公告、政策文件类', pattern: /通知|公告|公示|政策|文件/, maxAge: { months: 6 }, rule: 'columns.stale', confirmed: true },
  plans: { label: '人事、规划计划类', pattern: /人事|任免|招聘|招考|录用|规划|计划/, maxAge: { months: 12 }, rule: 'columns.longStale', confirmed: false },
};

/** Age after which the 指南 and the 目录 count as not updated (第五十三条; 12 months: local practice, UNCONFIRMED). */
export const GUIDE_CATALOG_MAX_AGE_MONTHS = 12;

/** Pass mark of the deduction part (60 points): seen only in a machine-translated mirror — UNCONFIRMED (regulations.md §4.3). */
export const PASS_MARK = { points: 60, confirmed: false } as const;

export const SEVERITY_LABELS = { veto: '单项否决', deduction: '扣分', notice: '提示' } as const;
export type Severity = keyof typeof SEVERITY_LABELS;
