/**
 * The 2021 annual-report format as data: 《中华人民共和国政府信息公开工作年度报告格式》
 * (国办公开办函〔2021〕30号), regulations.md §2.1–§2.4. Labels are exactly as printed; keys are
 * those of applications-contract.md §4.
 */
import { OUTCOME_KEYS, OUTCOMES, type ApplicantType } from '../applications/vocabulary.ts';
import type { Table3RowKey } from '../applications/table3.ts';

/** The six fixed sections (§2.1, 条例第五十条). */
export const SECTION_TITLES_2021 = [
  { number: '一', title: '总体情况' },
  { number: '二', title: '主动公开政府信息情况' },
  { number: '三', title: '收到和处理政府信息公开申请情况' },
  { number: '四', title: '政府信息公开行政复议、行政诉讼情况' },
  { number: '五', title: '存在的主要问题及改进情况' },
  { number: '六', title: '其他需要报告的事项' },
] as const;

export interface LabelledKey {
  key: string;
  label: string;
}

/** A table 二 column; R5 wants non-negative integers except 万元 amounts (`decimal`) and 2019's 本年增/减 (`signed`). */
export interface Table2Column extends LabelledKey {
  kind?: 'decimal' | 'signed';
}

/** One 信息内容 row of table 二 with its columns. */
export interface Table2Row extends LabelledKey {
  columns: readonly Table2Column[];
}

export interface Table2Block {
  header: string;
  rows: readonly Table2Row[];
}

const countsOfDocuments: readonly LabelledKey[] = [
  { key: 'issued', label: '本年制发件数' },
  { key: 'repealed', label: '本年废止件数' },
  { key: 'inForce', label: '现行有效件数' },
];
const decisions: readonly LabelledKey[] = [{ key: 'decisions', label: '本年处理决定数量' }];

/** Table 二 — 主动公开政府信息情况 (§2.2): four blocks headed by the 第二十条 item they cover. */
export const TABLE2_2021: readonly Table2Block[] = [
  {
    header: '第二十条第（一）项',
    rows: [
      { key: 'regulations', label: '规章', columns: countsOfDocuments },
      { key: 'normativeDocuments', label: '行政规范性文件', columns: countsOfDocuments },
    ],
  },
  { header: '第二十条第（五）项', rows: [{ key: 'licensing', label: '行政许可', columns: decisions }] },
  {
    header: '第二十条第（六）项',
    rows: [
      { key: 'penalties', label: '行政处罚', columns: decisions },
      { key: 'enforcement', label: '行政强制', columns: decisions },
    ],
  },
  {
    header: '第二十条第（八）项',
    rows: [{ key: 'fees', label: '行政事业性收费', columns: [{ key: 'amountTenThousandYuan', label: '本年收费金额（单位：万元）', kind: 'decimal' }] }],
  },
];

export type Table3Column = ApplicantType | 'total';

/** Table 三 columns: 自然人, 法人或其他组织 (five, no subtotal), 总计 (§2.3). */
export const TABLE3_COLUMNS: readonly { key: Table3Column; label: string; group?: string }[] = [
  { key: 'naturalPerson', label: '自然人' },
  { key: 'commercial', label: '商业企业', group: '法人或其他组织' },
  { key: 'research', label: '科研机构', group: '法人或其他组织' },
  { key: 'publicInterest', label: '社会公益组织', group: '法人或其他组织' },
  { key: 'legal', label: '法律服务机构', group: '法人或其他组织' },
  { key: 'other', label: '其他', group: '法人或其他组织' },
  { key: 'total', label: '总计' },
];

/** The note printed in the top-left cell of table 三: rule R1. */
export const TABLE3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** One row of table 三; `group` is the （一）…（七） heading a numbered leaf sits under. */
export interface Table3RowFormat {
  key: Table3RowKey;
  label: string;
  group?: string;
}

const RESULTS = '三、本年度办理结果';

/** Table 三 rows (§2.3): 25 in the 2021 format; leaf labels come from the outcome vocabulary. */
export const TABLE3_ROWS_2021: readonly Table3RowFormat[] = [
  { key: 'newReceived', label: '一、本年新收政府信息公开申请数量' },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量' },
  ...OUTCOME_KEYS.map((key) => {
    const { row, group } = OUTCOMES[key];
    return row === group ? { key, label: row, group: RESULTS } : { key, label: row, group: `${RESULTS}${group}` };
  }),
  { key: 'total', label: '（七）总计', group: RESULTS },
  { key: 'carriedForward', label: '四、结转下年度继续办理' },
];

export type Table4Group = 'reconsideration' | 'litigationDirect' | 'litigationAfterReview';
export type Table4Column = 'upheld' | 'corrected' | 'other' | 'pending' | 'total';

/** Table 四 (§2.4): three groups of five columns, one data row. */
export const TABLE4_GROUPS: readonly { key: Table4Group; label: string }[] = [
  { key: 'reconsideration', label: '行政复议' },
  { key: 'litigationDirect', label: '行政诉讼（未经复议直接起诉）' },
  { key: 'litigationAfterReview', label: '行政诉讼（复议后起诉）' },
];

export const TABLE4_COLUMNS: readonly { key: Table4Column; label: string }[] = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
];

/** Labels as read from a file: spaces dropped, ASCII quotes read as the curly ones published reports use (§2.3). */
export function normaliseLabel(label: string): string {
  let quotes = 0;
  return label
    .replace(/\s+/g, '')
    .replace(/"/g, () => (quotes++ % 2 === 0 ? '“' : '”'))
    .replace(/[(]/g, '（')
    .replace(/[)]/g, '）');
}

/** The table 三 row key of a label as read, or null when it is not a 2021 row. */
export function table3RowKeyOfLabel(label: string, rows: readonly Table3RowFormat[] = TABLE3_ROWS_2021): Table3RowKey | null {
  const wanted = normaliseLabel(label);
  return rows.find((row) => normaliseLabel(row.label) === wanted)?.key ?? null;
}
