/**
 * The draft of section 一、总体情况 (国办公开办函〔2021〕30号): the sentences real reports use, quoting the
 * tables' figures, so that the text agrees with the tables (R8, textChecks.ts) until an officer edits it.
 * A blank cell (a figure nobody entered) is left out of the text rather than quoted as 0.
 */
import { OUTCOME_KEYS } from '../applications/vocabulary.ts';
import type { Cell, ReportTables } from './tables.ts';

export interface OverviewFacts {
  /** The agency's name, as it signs the report. */
  agency: string;
  year: number;
  /** Documents the agency published in the year (主动公开), when known. */
  publishedItems: number | null;
}

/** The outcome groups of table 三 as a sentence names them, with the rows each sums. */
const OUTCOME_GROUPS: readonly { words: string; prefix: string }[] = [
  { words: '予以公开', prefix: 'granted' },
  { words: '部分公开', prefix: 'partial' },
  { words: '不予公开', prefix: 'withheld' },
  { words: '无法提供', prefix: 'unavailable' },
  { words: '不予处理', prefix: 'notProcessed' },
  { words: '其他处理', prefix: 'other' },
];

const numberOf = (cell: Cell | undefined) => (typeof cell === 'number' ? cell : null);
const row3 = (tables: ReportTables, key: string) => numberOf((tables.table3 as Record<string, Record<string, Cell>>)[key]?.total) ?? 0;

function outcomeCount(tables: ReportTables, prefix: string): number {
  return OUTCOME_KEYS.filter((key) => key === prefix || key.startsWith(`${prefix}.`)).reduce((sum, key) => sum + row3(tables, key), 0);
}

function proactiveSentence(tables: ReportTables, facts: OverviewFacts): string {
  const parts: string[] = [];
  const t2 = tables.table2 as Record<string, Record<string, Cell> | undefined>;
  const normative = t2.normativeDocuments;
  const regulations = t2.regulations;
  const documents = [
    [numberOf(regulations?.issued), '制定规章'],
    [numberOf(normative?.issued), '制发行政规范性文件'],
    [numberOf(normative?.repealed), '废止行政规范性文件'],
    [numberOf(normative?.inForce), '现行有效行政规范性文件'],
  ] as const;
  for (const [value, words] of documents) if (value !== null) parts.push(`${words}${value}件`);
  const decisions = [
    [numberOf(t2.licensing?.decisions), '行政许可'],
    [numberOf(t2.penalties?.decisions), '行政处罚'],
    [numberOf(t2.enforcement?.decisions), '行政强制'],
  ] as const;
  for (const [value, words] of decisions) if (value !== null) parts.push(`公开${words}决定${value}件`);
  const fees = numberOf(t2.fees?.amountTenThousandYuan);
  if (fees !== null) parts.push(`行政事业性收费金额${fees}万元`);
  const lead = facts.publishedItems === null ? '全年' : `全年主动公开政府信息${facts.publishedItems}条，`;
  return `（一）主动公开。${lead}${parts.join('，')}。`.replace('，。', '。').replace('全年。', '全年依法做好主动公开工作。');
}

function requestsSentence(tables: ReportTables): string {
  const received = row3(tables, 'newReceived');
  const carriedOver = row3(tables, 'carriedOver');
  const closed = row3(tables, 'total');
  const forward = row3(tables, 'carriedForward');
  const opening = received === 0 ? '全年未收到政府信息公开申请' : `全年共收到政府信息公开申请${received}件`;
  const carried = carriedOver === 0 ? '无上年结转政府信息公开申请' : `上年结转${carriedOver}件`;
  if (received + carriedOver === 0) return `（二）依申请公开。${opening}，${carried}。`;
  const outcomes = OUTCOME_GROUPS.map((group) => [group.words, outcomeCount(tables, group.prefix)] as const).filter(([, n]) => n > 0);
  const closing = closed === 0 ? '' : `，办结${closed}件，其中${outcomes.map(([words, n]) => `${words}${n}件`).join('，')}`;
  const forwardText = forward === 0 ? '' : `；结转下年度继续办理${forward}件`;
  return `（二）依申请公开。${opening}，${carried}${closing}${forwardText}。`;
}

function reviewsSentence(tables: ReportTables): string {
  const t4 = tables.table4 as Record<string, Record<string, Cell> | undefined>;
  const reconsideration = numberOf(t4.reconsideration?.total) ?? 0;
  const litigation = (numberOf(t4.litigationDirect?.total) ?? 0) + (numberOf(t4.litigationAfterReview?.total) ?? 0);
  if (reconsideration === 0 && litigation === 0) return '（三）监督保障。全年未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。';
  const first = reconsideration === 0 ? '全年未发生因政府信息公开工作被申请行政复议的情况' : `全年因政府信息公开工作被申请行政复议${reconsideration}件`;
  const second = litigation === 0 ? '未发生因政府信息公开工作被提起行政诉讼的情况' : `因政府信息公开工作被提起行政诉讼${litigation}件`;
  return `（三）监督保障。${first}；${second}。`;
}

/** Section 一 drafted from the tables: one paragraph per line. */
export function draftOverview(tables: ReportTables, facts: OverviewFacts): string {
  return [
    `${facts.year}年，${facts.agency}认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。本报告所列数据的统计期限为${facts.year}年1月1日至${facts.year}年12月31日。`,
    proactiveSentence(tables, facts),
    requestsSentence(tables),
    reviewsSentence(tables),
  ].join('\n');
}
