/**
 * The shapes of the relevance corpus (bench/search-eval/corpus.json): five seed agencies, and topics
 * each written after a real public 医保 text (its address or the real title and 文号 it follows).
 * A topic expands to one document per agency, year and variant (scripts/search-eval/buildCorpus.ts).
 */

export interface EvalAgency {
  key: 'zw' | 'gy' | 'lw' | 'jf' | 'dwk';
  /** The agency's name in its seed catalog (demo/seeds). */
  catalogName: string;
  publisher: string;
  /** Short place name used in titles: 中卫市, 金凤区 … */
  place: string;
  /** 文号 prefix: 卫医保发〔2024〕3号. */
  numberPrefix: string;
}

export const EVAL_AGENCIES: readonly EvalAgency[] = [
  { key: 'zw', catalogName: '中卫市医疗保障局', publisher: '中卫市医疗保障局', place: '中卫市', numberPrefix: '卫医保' },
  { key: 'gy', catalogName: '固原市医疗保障局', publisher: '固原市医疗保障局', place: '固原市', numberPrefix: '固医保' },
  { key: 'lw', catalogName: '灵武市医疗保障局', publisher: '灵武市医疗保障局', place: '灵武市', numberPrefix: '灵医保' },
  { key: 'jf', catalogName: '金凤区医疗保障局', publisher: '银川市金凤区医疗保障局', place: '金凤区', numberPrefix: '金医保' },
  { key: 'dwk', catalogName: '大武口区医疗保障局', publisher: '石嘴山市大武口区医疗保障局', place: '大武口区', numberPrefix: '大医保' },
];

export type AgencyKey = EvalAgency['key'];

/** A catalog item of one agency, by its 一级/二级事项 names exactly as the seed catalog has them. */
export type ItemRef = readonly [level1: string, level2: string];

export interface Attachment {
  fileName: string;
  caption: string;
  /** Table rows; the first is the header. Drawn into narrow PDF cells, so long cells wrap across lines. */
  rows: string[][];
}

export interface Variant {
  /** Short name of the variant inside its topic (part of the fixture id). */
  name: string;
  years: readonly number[];
  title: (a: EvalAgency, year: number) => string;
  /** Body paragraphs (plain text; becomes <p> elements). */
  body: (a: EvalAgency, year: number) => string[];
  kind?: 'policy' | 'interpretation' | 'other';
  genre: string;
  /** 发 (a numbered 文件), 函, or null: no 文号. */
  number: '发' | '函' | '罚' | null;
  month: number;
  attachment?: (a: EvalAgency, year: number) => Attachment;
}

export interface Topic {
  id: string;
  /** What the documents follow: an address found with the search tool, or the real title and 文号. */
  source: string;
  subjectCategory: string;
  keywords: string[];
  items: Record<AgencyKey, ItemRef>;
  variants: Variant[];
}

/** One document of the corpus as stored in corpus.json. */
export interface CorpusDocument {
  key: string;
  topic: string;
  variant: string;
  agency: AgencyKey;
  year: number;
  source: string;
  kind: 'policy' | 'interpretation' | 'other';
  title: string;
  documentNumber: string | null;
  publisher: string;
  formedOn: string;
  publishedAt: string;
  subjectCategory: string;
  genre: string;
  keywords: string[];
  summary: string;
  body: string[];
  item: ItemRef;
  attachment: Attachment | null;
  /** A 解读: the fixture key of the policy it interprets (linked both ways before sign-off). */
  interprets: string | null;
}
