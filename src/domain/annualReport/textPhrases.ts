/**
 * R8 of regulations.md §2.5: the phrases with which 一、总体情况 quotes the tables, as data. Each
 * entry names the wording (longest first), the units it may carry and the cells whose sum it quotes.
 * Entries without cells are read (for display) but have no counterpart in the tables.
 */
import { OUTCOME_KEYS } from '../applications/vocabulary.ts';

export interface QuotedUnit {
  unit: string;
  /** Factor to the table's unit: 元 → 万元 is 1/10000. */
  scale: number;
}

/** The cells a quote stands for and how findings name them. */
export interface QuotedCells {
  /** Cell paths summed to give the quoted number; empty: nothing in the tables to compare with. */
  cells: readonly string[];
  /** The finding's `where` when it is not the cell paths joined by +. */
  where?: string;
  /** How findings name the cells, in Chinese. */
  tableName: string;
  /** A word the sentence must hold, so that 办结 of 人大建议 or a 医保 行政复议 is not read as the table's. */
  context?: string;
  /** A mismatch is an error unless the wording may count something else than the cell (table 二: items published, not decisions). */
  mismatch?: 'warning';
}

export interface TextPhrase extends QuotedCells {
  wordings: readonly string[];
  units: readonly QuotedUnit[];
  /** Characters that may not stand just before the wording (予以公开 is not 不予以公开). */
  notAfter?: string;
  /** Characters that may not follow the wording (收到申请人补正材料3份 counts no applications). */
  notBefore?: string;
}

/** Wording that states a zero without a number (全年未收到政府信息公开申请). */
export interface ZeroPhrase extends QuotedCells {
  pattern: RegExp;
}

const COUNT: readonly QuotedUnit[] = ['件', '个', '份', '宗', '起', '条', '项'].map((unit) => ({ unit, scale: 1 }));
const ITEMS: readonly QuotedUnit[] = ['条', '件', '个', '项'].map((unit) => ({ unit, scale: 1 }));
const MONEY: readonly QuotedUnit[] = [
  { unit: '万元', scale: 1 },
  { unit: '元', scale: 1 / 10000 },
];

const NEW_RECEIVED = '表三“一、本年新收政府信息公开申请数量”的总计';
const LITIGATION = ['table4.litigationDirect.total', 'table4.litigationAfterReview.total'];
const outcomeTotals = (prefix: string) => OUTCOME_KEYS.filter((key) => key.startsWith(`${prefix}.`)).map((key) => `table3.${key}.total`);

/** Table 三 phrases count applications: only in a sentence about 申请. */
const APPLICATIONS = { units: COUNT, context: '申请' } as const;
/** Table 四 counts only cases about 政府信息公开. */
const CASES = { units: COUNT, context: '公开' } as const;
/** Table 二 counts decisions; a text may count published items instead. */
const PROACTIVE = { units: COUNT, mismatch: 'warning' } as const;

export const TEXT_PHRASES: readonly TextPhrase[] = [
  {
    // 收到信息公开申请 (大连市医保局 2024), 收到依申请公开(信息) (平度市医保局 2020, 临河区医保局 2023).
    wordings: ['收到和处理政府信息公开申请', '收到政府信息公开申请', '新收政府信息公开申请', '受理政府信息公开申请', '收到政府信息依申请公开', '受理并办理依申请公开', '收到依申请公开申请', '收到信息公开申请', '收到依申请公开', '收到申请'],
    units: COUNT,
    notBefore: '人',
    cells: ['table3.newReceived.total'],
    tableName: NEW_RECEIVED,
  },
  // 葫芦岛市医保局 2023: 「共收到自然人申请2件」.
  { wordings: ['收到自然人申请'], ...APPLICATIONS, cells: ['table3.newReceived.naturalPerson'], tableName: '表三“一、本年新收政府信息公开申请数量”的“自然人”' },
  { wordings: ['上年结转政府信息公开申请', '上年度结转', '上年结转'], ...APPLICATIONS, cells: ['table3.carriedOver.total'], tableName: '表三“二、上年结转政府信息公开申请数量”的总计' },
  { wordings: ['办理完毕', '已办结', '办结'], ...APPLICATIONS, cells: ['table3.total.total'], tableName: '表三“（七）总计”的总计' },
  {
    wordings: ['结转下年度继续办理', '结转至下年度', '结转到下年度', '结转下年度'],
    ...APPLICATIONS,
    cells: ['table3.carriedForward.total'],
    tableName: '表三“四、结转下年度继续办理”的总计',
  },
  { wordings: ['予以公开'], notAfter: '不分', ...APPLICATIONS, cells: ['table3.granted.total'], tableName: '表三“（一）予以公开”的总计' },
  { wordings: ['部分公开'], ...APPLICATIONS, cells: ['table3.partial.total'], tableName: '表三“（二）部分公开”的总计' },
  { wordings: ['不予公开'], ...APPLICATIONS, cells: outcomeTotals('withheld'), where: 'table3.withheld.*.total', tableName: '表三“（三）不予公开”各项的总计之和' },
  { wordings: ['无法提供'], ...APPLICATIONS, cells: outcomeTotals('unavailable'), where: 'table3.unavailable.*.total', tableName: '表三“（四）无法提供”各项的总计之和' },
  { wordings: ['不予处理'], ...APPLICATIONS, cells: outcomeTotals('notProcessed'), where: 'table3.notProcessed.*.total', tableName: '表三“（五）不予处理”各项的总计之和' },
  { wordings: ['行政复议'], ...CASES, cells: ['table4.reconsideration.total'], tableName: '表四“行政复议”的“总计”' },
  { wordings: ['行政诉讼'], ...CASES, cells: LITIGATION, tableName: '表四两类“行政诉讼”的“总计”之和' },
  {
    wordings: ['制发行政规范性文件', '制定行政规范性文件', '印发行政规范性文件'],
    ...PROACTIVE,
    cells: ['table2.normativeDocuments.issued'],
    tableName: '表二“行政规范性文件”的“本年制发件数”',
  },
  { wordings: ['废止行政规范性文件'], ...PROACTIVE, cells: ['table2.normativeDocuments.repealed'], tableName: '表二“行政规范性文件”的“本年废止件数”' },
  { wordings: ['现行有效行政规范性文件'], ...PROACTIVE, cells: ['table2.normativeDocuments.inForce'], tableName: '表二“行政规范性文件”的“现行有效件数”' },
  { wordings: ['行政许可'], ...PROACTIVE, cells: ['table2.licensing.decisions'], tableName: '表二“行政许可”的“本年处理决定数量”' },
  { wordings: ['行政处罚'], ...PROACTIVE, cells: ['table2.penalties.decisions'], tableName: '表二“行政处罚”的“本年处理决定数量”' },
  { wordings: ['行政强制'], ...PROACTIVE, cells: ['table2.enforcement.decisions'], tableName: '表二“行政强制”的“本年处理决定数量”' },
  { wordings: ['行政事业性收费'], units: MONEY, mismatch: 'warning', cells: ['table2.fees.amountTenThousandYuan'], tableName: '表二“行政事业性收费”的“本年收费金额（单位：万元）”' },
  // Table 二 has no count of all proactively disclosed information: read, not compared.
  { wordings: ['主动公开各类政府信息', '主动公开政府信息', '主动公开信息'], units: ITEMS, cells: [], tableName: '' },
];

/** Words that deny an event: 未发生/未因/未出现/未产生/未涉及 (临河区医保局 2023), 没有, 无 (绥阳县医保局 2021: 无涉及…) but not 无法. */
const NONE = '(?:未(?:发生|因|出现|产生|涉及)|没有|无(?!法))';
/** One character of the same clause: pages copied as text carry half-width commas too (宣州区医保局 2023). */
const CLAUSE = '[^，,。；;]';

/**
 * Zeros stated in words, as real reports do ("未收到政府信息公开申请，无上年结转政府信息公开申请"). Between 未收到/未接到
 * and the application words stand who or how (渠县医保局 2022: 未收到公民、法人或其他组织通过…等形式的政府信息公开申请;
 * 习水县医保局 2021: 未接到群众主动要求公开政府信息的申请), never a 因 (未收到因…申请引发的行政复议 is not a zero of 表三).
 */
export const ZERO_PHRASES: readonly ZeroPhrase[] = [
  {
    pattern: /未(?:收到|接到)[^，,。；;因]{0,40}?(?:(?:政府)?信息公开(?:的)?申请|政府信息依申请公开|依申请公开(?:申请|事项|信件)|(?:申请|要求)公开政府信息)/g,
    cells: ['table3.newReceived.total'],
    tableName: NEW_RECEIVED,
  },
  { pattern: /无上年(?:度)?结转/g, cells: ['table3.carriedOver.total'], tableName: '表三“二、上年结转政府信息公开申请数量”的总计' },
  { pattern: new RegExp(`${NONE}${CLAUSE}{0,24}?(?:被申请)?行政复议`, 'g'), cells: ['table4.reconsideration.total'], tableName: '表四“行政复议”的“总计”', context: '公开' },
  // 诉讼 alone: 未产生行政复议和诉讼 (lnjp.gov.cn 建平县 2023 年报).
  { pattern: new RegExp(`${NONE}${CLAUSE}{0,30}?(?:行政诉讼|提起诉讼|诉讼)`, 'g'), cells: LITIGATION, tableName: '表四两类“行政诉讼”的“总计”之和', context: '公开' },
];
