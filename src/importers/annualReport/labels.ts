/**
 * Row labels of tables 二, 三 and 四 of the annual report (国办公开办函〔2021〕30号 and the 2019
 * 试行 format, regulations.md §2.2–§2.4 and §2.8), matched on a normalised form of the label so that
 * full-width digits and brackets, spaces, line breaks and ASCII or curly quotes do not matter.
 */
import type { Table3RowKey } from '../../domain/applications/table3.ts';
import { TABLE2_2019 as DOMAIN_TABLE2_2019 } from '../../domain/annualReport/format2019.ts';
import { TABLE2_2021 as DOMAIN_TABLE2_2021, type Table2Block } from '../../domain/annualReport/format2021.ts';

/** NFKC (full-width → ASCII), no whitespace, no quotes of any kind. */
export function normalizeLabel(text: string): string {
  return text.normalize('NFKC').replace(/[\s"'“”‘’「」]/g, '');
}

/** The 2019 试行 format's single （六）其他处理 row is read as `other.other`, as the domain's TABLE3_ROWS_2019 has it. */
export type Table3ReadKey = Table3RowKey;

/** Phrases (normalised) that identify a row of table 三; the first match wins, so order matters. */
const TABLE3_PHRASES: readonly [Table3ReadKey, (label: string) => boolean][] = [
  ['carriedForward', (l) => l.includes('结转下年度')],
  ['newReceived', (l) => l.includes('本年新收')],
  ['carriedOver', (l) => l.includes('上年结转')],
  ['partial', (l) => l.includes('部分公开')],
  ['granted', (l) => l.includes('予以公开')],
  ['withheld.stateSecret', (l) => l.includes('国家秘密')],
  ['withheld.lawProhibits', (l) => l.includes('禁止公开')],
  ['withheld.threeSecurities', (l) => l.includes('三安全一稳定')],
  ['withheld.thirdParty', (l) => l.includes('第三方合法权益')],
  ['withheld.internalAffairs', (l) => l.includes('内部事务')],
  ['withheld.processInfo', (l) => l.includes('过程性信息')],
  ['withheld.enforcementFile', (l) => l.includes('执法案卷')],
  ['withheld.administrativeQuery', (l) => l.includes('行政查询')],
  ['unavailable.notHeld', (l) => l.includes('不掌握')],
  ['unavailable.needsCreation', (l) => l.includes('另行制作')],
  ['unavailable.unclearAfterCorrection', (l) => l.includes('仍不明确')],
  ['notProcessed.petition', (l) => l.includes('信访举报投诉')],
  ['notProcessed.repeat', (l) => l.includes('重复申请')],
  ['notProcessed.publication', (l) => l.includes('公开出版物')],
  ['notProcessed.excessive', (l) => l.includes('大量反复')],
  ['notProcessed.confirmation', (l) => l.includes('确认或重新出具')],
  ['other.noCorrection', (l) => l.includes('逾期不补正')],
  ['other.feeUnpaid', (l) => l.includes('缴纳费用')],
  ['other.other', (l) => /3\.?其他$/.test(l)],
  ['other.other', (l) => l.endsWith('其他处理')],
  ['total', (l) => l.includes('(七)') && l.endsWith('总计')],
];

export function table3KeyOf(label: string): Table3ReadKey | null {
  const normalized = normalizeLabel(label);
  return TABLE3_PHRASES.find(([, matches]) => matches(normalized))?.[0] ?? null;
}

/** Table 三 columns, left to right (contract §4). */
export const TABLE3_COLUMNS = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legal', 'other', 'total'] as const;
export type Table3Column = (typeof TABLE3_COLUMNS)[number];

/** Table 四: three groups of five, left to right. */
export const TABLE4_GROUPS = ['reconsideration', 'litigationDirect', 'litigationAfterReview'] as const;
export const TABLE4_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

/** How the reader finds a table 二 row: the domain's keys, labels and columns (one source of truth). */
export interface Table2RowReading {
  key: string;
  label: (normalizedLabel: string) => boolean;
  columns: readonly string[];
}

/** A row label as printed; 规范性文件 is also published as 行政规范性文件 and the other way round. */
function table2RowsOf(blocks: readonly Table2Block[]): readonly Table2RowReading[] {
  return blocks.flatMap((block) =>
    block.rows.map((row) => {
      const printed = normalizeLabel(row.label);
      // A note after the label is the template's, not another row: 规章(设区的市、自治州人民政府应提供相关数据) (湖北 2020).
      const bare = (l: string) => l.replace(/\(.*\)$/, '');
      const label = row.key === 'normativeDocuments' ? (l: string) => bare(l).endsWith('规范性文件') : (l: string) => bare(l) === printed;
      return { key: row.key, label, columns: row.columns.map((column) => column.key) };
    }),
  );
}

/** Table 二 rows and their columns in the 2021 format (contract §4). */
export const TABLE2_2021: readonly Table2RowReading[] = table2RowsOf(DOMAIN_TABLE2_2021);

/** Table 二 of the 2019 试行 format (regulations.md §2.8). */
export const TABLE2_2019: readonly Table2RowReading[] = table2RowsOf(DOMAIN_TABLE2_2019);

/** Column headers that only the 2019 table 二 has. */
export function isTable2Of2019(normalizedText: string): boolean {
  return normalizedText.includes('本年新制作数量') || normalizedText.includes('上一年项目数量');
}
