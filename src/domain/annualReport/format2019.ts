/**
 * The 2019 试行 format (国办公开办函〔2019〕60号), used for the 2019 and 2020 reports — only its
 * differences from 2021, for reading history (regulations.md §2.8). Table 四 and the sections are as in 2021.
 */
import { OUTCOMES } from '../applications/vocabulary.ts';
import { TABLE3_ROWS_2021, type Table2Block, type Table2Column, type Table3RowFormat } from './format2021.ts';

const documents: readonly Table2Column[] = [
  { key: 'made', label: '本年新制作数量' },
  { key: 'published', label: '本年新公开数量' },
  { key: 'total', label: '对外公开总数量' },
];
const items: readonly Table2Column[] = [
  { key: 'lastYearItems', label: '上一年项目数量' },
  { key: 'change', label: '本年增/减', kind: 'signed' },
  { key: 'decisions', label: '处理决定数量' },
];

/** Table 二 of 2019: other columns, 其他对外管理服务事项 and a 第二十条第（九）项 政府集中采购 block. */
export const TABLE2_2019: readonly Table2Block[] = [
  {
    header: '第二十条第（一）项',
    rows: [
      { key: 'regulations', label: '规章', columns: documents },
      { key: 'normativeDocuments', label: '规范性文件', columns: documents },
    ],
  },
  {
    header: '第二十条第（五）项',
    rows: [
      { key: 'licensing', label: '行政许可', columns: items },
      { key: 'otherServices', label: '其他对外管理服务事项', columns: items },
    ],
  },
  {
    header: '第二十条第（六）项',
    rows: [
      { key: 'penalties', label: '行政处罚', columns: items },
      { key: 'enforcement', label: '行政强制', columns: items },
    ],
  },
  { header: '第二十条第（八）项', rows: [{ key: 'fees', label: '行政事业性收费', columns: items.slice(0, 2) }] },
  {
    header: '第二十条第（九）项',
    rows: [
      {
        key: 'procurement',
        label: '政府集中采购',
        columns: [
          { key: 'projects', label: '采购项目数量' },
          { key: 'amount', label: '采购总金额', kind: 'decimal' },
        ],
      },
    ],
  },
];

/** The keys of the three （六） sub-rows 2021 added; 2019 has none of them. */
const SPLIT_IN_2021 = new Set(['other.noCorrection', 'other.feeUnpaid']);

/**
 * Table 三 of 2019: the same rows except that （六）其他处理 is one row (20 result rows, not 22).
 * That row is read into `other.other`, so the sums of R1/R2 stay the same.
 */
export const TABLE3_ROWS_2019: readonly Table3RowFormat[] = TABLE3_ROWS_2021.filter((row) => !SPLIT_IN_2021.has(row.key)).map((row) =>
  row.key === 'other.other' ? { key: row.key, label: OUTCOMES['other.other'].group, group: '三、本年度办理结果' } : row,
);
