/**
 * Tables 二–四 as HTML: read back by the importer they give the same figures cell for cell (both
 * formats, blanks included), and the merged header cells have the spans of the national format.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderReportTablesHtml } from '../../../src/exporters/annualReport/tablesHtml.ts';
import { readAnnualReportHtml } from '../../../src/importers/annualReport/index.ts';
import { readHtmlTables, distinctCells } from '../../../src/importers/annualReport/htmlTables.ts';
import { sampleTables } from './sampleTables.ts';

function page(tables: ReturnType<typeof sampleTables>): string {
  const html = renderReportTablesHtml(tables);
  return `<html><body>${html.table2}${html.table3}${html.table4}</body></html>`;
}

function spansOf(html: string, text: string): { rowspan: number; colspan: number } {
  const cell = [...html.matchAll(/<th([^>]*)>([^<]*)<\/th>/g)].find((match) => match[2] === text);
  assert.ok(cell, `header ${text}`);
  const span = (name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(cell[1] ?? '')?.[1] ?? 1);
  return { rowspan: span('rowspan'), colspan: span('colspan') };
}

describe('renderReportTablesHtml', () => {
  for (const format of ['2021', '2019'] as const) {
    it(`reads back cell for cell, blanks stay blank (${format})`, () => {
      const tables = sampleTables(format);
      const reading = readAnnualReportHtml(page(tables));
      assert.deepEqual(reading.problems, []);
      assert.equal(reading.format, format);
      assert.deepEqual(reading.tables.table2, tables.table2);
      assert.deepEqual(reading.tables.table3, tables.table3);
      assert.deepEqual(reading.tables.table4, tables.table4);
      assert.ok(reading.blanks.includes('table3.granted.research'));
    });
  }

  it('merges table 三 header cells as the format does', () => {
    const { table3 } = renderReportTablesHtml(sampleTables('2021'));
    assert.deepEqual(spansOf(table3, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'), { rowspan: 3, colspan: 3 });
    assert.deepEqual(spansOf(table3, '申请人情况'), { rowspan: 1, colspan: 7 });
    assert.deepEqual(spansOf(table3, '自然人'), { rowspan: 2, colspan: 1 });
    assert.deepEqual(spansOf(table3, '法人或其他组织'), { rowspan: 1, colspan: 5 });
    assert.deepEqual(spansOf(table3, '三、本年度办理结果'), { rowspan: 22, colspan: 1 });
    assert.deepEqual(spansOf(table3, '（三）不予公开'), { rowspan: 8, colspan: 1 });
    assert.deepEqual(spansOf(table3, '（四）无法提供'), { rowspan: 3, colspan: 1 });
    assert.deepEqual(spansOf(table3, '（五）不予处理'), { rowspan: 5, colspan: 1 });
    assert.deepEqual(spansOf(table3, '（六）其他处理'), { rowspan: 3, colspan: 1 });
    assert.deepEqual(spansOf(table3, '一、本年新收政府信息公开申请数量'), { rowspan: 1, colspan: 3 });
    assert.deepEqual(spansOf(table3, '（七）总计'), { rowspan: 1, colspan: 2 });
    assert.deepEqual(spansOf(table3, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'), { rowspan: 1, colspan: 2 });
    assert.doesNotMatch(table3, />（二）部分公开</, 'no separate group cell for the one-row （二）');
    const grid = readHtmlTables(table3)[0] ?? [];
    assert.equal(grid.length, 3 + 25);
    assert.ok(grid.every((row) => row.length === 10), 'every row fills the ten columns');
  });

  it('2019: （六）其他处理 is one row and the result block spans 20', () => {
    const { table3 } = renderReportTablesHtml(sampleTables('2019'));
    assert.deepEqual(spansOf(table3, '三、本年度办理结果'), { rowspan: 20, colspan: 1 });
    assert.deepEqual(spansOf(table3, '（六）其他处理'), { rowspan: 1, colspan: 2 });
  });

  it('merges table 二 and 四 headers as the format does', () => {
    const { table2, table4 } = renderReportTablesHtml(sampleTables('2021'));
    for (const item of ['一', '五', '六', '八']) assert.deepEqual(spansOf(table2, `第二十条第（${item}）项`), { rowspan: 1, colspan: 4 });
    assert.deepEqual(spansOf(table2, '本年处理决定数量'), { rowspan: 1, colspan: 3 });
    assert.deepEqual(spansOf(table4, '行政复议'), { rowspan: 1, colspan: 5 });
    assert.deepEqual(spansOf(table4, '行政诉讼'), { rowspan: 1, colspan: 10 });
    assert.deepEqual(spansOf(table4, '未经复议直接起诉'), { rowspan: 1, colspan: 5 });
    assert.deepEqual(spansOf(table4, '复议后起诉'), { rowspan: 1, colspan: 5 });
    assert.deepEqual(spansOf(table4, '结果维持'), { rowspan: 2, colspan: 1 });
    const grid = readHtmlTables(table4)[0] ?? [];
    assert.deepEqual(grid.map((row) => distinctCells(row).length), [2, 7, 15, 15]);
  });

  it('marks blank cells and keeps the curly quotes of the labels', () => {
    const html = renderReportTablesHtml(sampleTables('2021')).table3;
    assert.match(html, /3\.危及“三安全一稳定”/);
    assert.match(html, /<td class="report-value report-blank" title="未填报"><\/td>/);
  });
});
