import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatOf,
  normaliseLabel,
  SECTION_TITLES_2021,
  TABLE2_2019,
  TABLE2_2021,
  table3CellName,
  TABLE3_COLUMNS,
  table3RowKeyOfLabel,
  TABLE3_ROWS_2019,
  TABLE3_ROWS_2021,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
} from '../../../src/domain/annualReport/index.ts';
import { TABLE3_ROW_KEYS } from '../../../src/domain/applications/index.ts';

describe('2021 format as data (国办公开办函〔2021〕30号)', () => {
  it('has the six sections in order', () => {
    assert.deepEqual(
      SECTION_TITLES_2021.map((s) => `${s.number}、${s.title}`),
      ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'],
    );
  });

  it('table 二 has four blocks and ten cells (3+3 / 1 / 1+1 / 1)', () => {
    assert.deepEqual(TABLE2_2021.map((b) => b.header), ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
    const cells = TABLE2_2021.flatMap((b) => b.rows.flatMap((r) => r.columns.map((c) => `${r.key}.${c.key}`)));
    assert.equal(cells.length, 10);
    assert.ok(cells.includes('fees.amountTenThousandYuan') && cells.includes('normativeDocuments.inForce'));
    assert.equal(TABLE2_2021[3]!.rows[0]!.columns[0]!.label, '本年收费金额（单位：万元）');
  });

  it('table 三 has 25 rows × 7 columns in the order of the contract keys', () => {
    assert.deepEqual(TABLE3_ROWS_2021.map((r) => r.key), TABLE3_ROW_KEYS);
    assert.deepEqual(TABLE3_COLUMNS.map((c) => c.label), ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    const labels = TABLE3_ROWS_2021.map((r) => r.label);
    assert.equal(labels[0], '一、本年新收政府信息公开申请数量');
    assert.equal(labels[3], '（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    assert.equal(labels[6], '3.危及“三安全一稳定”');
    assert.equal(labels.at(-2), '（七）总计');
    assert.equal(labels.at(-1), '四、结转下年度继续办理');
  });

  it('reads row labels with ASCII quotes, brackets and spaces', () => {
    assert.equal(normaliseLabel('3.危及"三安全一稳定"'), '3.危及“三安全一稳定”');
    assert.equal(table3RowKeyOfLabel('3.危及"三安全一稳定"'), 'withheld.threeSecurities');
    assert.equal(table3RowKeyOfLabel(' (七)总计 '), 'total');
    assert.equal(table3RowKeyOfLabel('五、不存在的行'), null);
  });

  it('names cells in Chinese with their group', () => {
    assert.equal(table3CellName('withheld.stateSecret', 'research'), '表三“（三）不予公开1.属于国家秘密”行“科研机构”列');
    assert.equal(table3CellName('newReceived', 'total'), '表三“一、本年新收政府信息公开申请数量”行“总计”列');
    assert.equal(table3CellName('partial', 'legal'), '表三“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”行“法律服务机构”列');
  });

  it('table 四 has three groups of five', () => {
    assert.equal(TABLE4_GROUPS.length * TABLE4_COLUMNS.length, 15);
    assert.deepEqual(TABLE4_COLUMNS.map((c) => c.label), ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
  });
});

describe('2019 试行 format differences (regulations.md §2.8)', () => {
  it('table 三 has one （六）其他处理 row, read into other.other', () => {
    assert.equal(TABLE3_ROWS_2019.length, 23);
    assert.equal(table3RowKeyOfLabel('（六）其他处理', TABLE3_ROWS_2019), 'other.other');
    assert.equal(table3RowKeyOfLabel('3.其他', TABLE3_ROWS_2019), null);
  });

  it('table 二 has the older columns and the 政府集中采购 block', () => {
    assert.deepEqual(TABLE2_2019[0]!.rows[0]!.columns.map((c) => c.label), ['本年新制作数量', '本年新公开数量', '对外公开总数量']);
    assert.equal(TABLE2_2019.at(-1)!.header, '第二十条第（九）项');
    assert.equal(formatOf('2019').table2, TABLE2_2019);
  });
});
