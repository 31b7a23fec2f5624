import type { TimeLimitRule, TimeLimitTrigger } from '../catalog/catalog.ts';

/**
 * The statutory periods as data. Each rule carries its legal source, which the
 * explanation repeats, so an officer can check the law behind every date.
 */
export const STATUTORY_RULES = {
  /** 条例第二十六条: proactive disclosure "自该政府信息形成或者变更之日起20个工作日内". */
  proactiveDisclosure: { trigger: 'formed_or_changed', amount: 20, unit: 'working_day', source: '《政府信息公开条例》第二十六条' },
  /** 条例第三十条: one notice of correction (补正) within 7 working days of receipt. */
  correctionNotice: { trigger: 'application_received', amount: 7, unit: 'working_day', source: '《政府信息公开条例》第三十条' },
  /** 条例第三十二条: a third party answers within 15 working days of receiving the request. */
  thirdPartyReply: { trigger: 'application_received', amount: 15, unit: 'working_day', source: '《政府信息公开条例》第三十二条' },
  /** 条例第三十三条第二款: answer within 20 working days of receipt. */
  applicationAnswer: { trigger: 'application_received', amount: 20, unit: 'working_day', source: '《政府信息公开条例》第三十三条第二款' },
  /** 条例第三十三条第二款: with approval, extended by at most 20 working days (count from the original due date). */
  applicationExtension: { trigger: 'application_received', amount: 20, unit: 'working_day', source: '《政府信息公开条例》第三十三条第二款（延长）' },
  /** 条例第四十九条: departments publish last year's annual report by 31 January. */
  annualReport: { trigger: 'yearly_date', month: 1, day: 31, source: '《政府信息公开条例》第四十九条' },
  /** 国办发〔2018〕118号: 行政许可、行政处罚 decisions published within 7 working days. */
  enforcementDecision: { trigger: 'decision_made', amount: 7, unit: 'working_day', source: '国办发〔2018〕118号（行政执法公示）' },
} as const satisfies Record<string, TimeLimitRule>;

/** Why periods are counted the way they are; quoted in every explanation. */
export const COUNTING_BASIS = {
  /** 《民法典》第二百零一条: the starting day is not counted. */
  startDayExcluded: '起算日当日不计入，自次日开始计算（《民法典》第二百零一条，类推适用；条例未另作规定）',
  /** 工作日 periods skip 法定节假日 and weekends and count 调休上班 days (《行政许可法》第八十二条 uses the same reading). */
  workingDays: '按工作日计算的期限不含法定节假日和休息日，调休上班日计入（国务院办公厅节假日安排通知）',
  /** 《民法典》第二百零三条: a period whose last day is a holiday ends on the next day after the holiday. */
  lastDayOff: '期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日（《民法典》第二百零三条）',
  /** 《民法典》第二百零二条: months/years end on the corresponding day, or the month's last day. */
  monthsAndYears: '按月、年计算的期间，到期月的对应日为最后一日；没有对应日的，月末日为最后一日（《民法典》第二百零二条）',
} as const;

export const TRIGGER_LABELS: Record<TimeLimitTrigger, string> = {
  formed_or_changed: '信息形成或者变更之日',
  decision_made: '作出决定之日',
  fiscal_approval: '财政部门批复之日',
  project_start: '项目开工之日',
  document_issued: '文件印发之日',
  related_document_published: '关联文件公开之日',
  application_received: '收到申请之日',
  unstated: '起算日',
  yearly_date: '每年固定日期',
  immediate: '即时公开',
  standing: '长期公开',
  recurring: '定期公开',
};

const UNIT_LABELS = { working_day: '个工作日', calendar_day: '日', month: '个月', year: '年' } as const;
const EVERY_LABELS = { month: '每月', quarter: '每季度', half_year: '每半年', year: '每年' } as const;

/** The rule in words, e.g. "信息形成或者变更之日起20个工作日内". */
export function describeRule(rule: TimeLimitRule): string {
  switch (rule.trigger) {
    case 'yearly_date':
      return `每年${rule.month}月${rule.day}日前`;
    case 'immediate':
    case 'standing':
      return TRIGGER_LABELS[rule.trigger];
    case 'recurring': {
      const every = EVERY_LABELS[rule.every ?? 'year'];
      return rule.amount && rule.unit ? `${every}结束后${rule.amount}${UNIT_LABELS[rule.unit]}内` : `${every}公开一次`;
    }
    default:
      return `${TRIGGER_LABELS[rule.trigger]}起${rule.amount ?? '?'}${rule.unit ? UNIT_LABELS[rule.unit] : ''}内`;
  }
}

/** The legal source shown with a rule: its own citation, or the general provision it follows. */
export function ruleSource(rule: TimeLimitRule): string {
  if (rule.source) return rule.source;
  if (rule.trigger === 'formed_or_changed') return STATUTORY_RULES.proactiveDisclosure.source;
  if (rule.trigger === 'fiscal_approval') return '《预算法》第十四条（据信，待核实）';
  return '本单位政务公开目录所列公开时限';
}
