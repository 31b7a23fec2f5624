/**
 * Wordings of real reports the annual-report reader met while rpt-check collected its corpus
 * (test/fixtures/annual-reports/README.md): each case failed before the change that reads it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAnnualReportHtml, readAnnualReportText } from '../../../src/importers/annualReport/index.ts';
import { readCell } from '../../../src/importers/annualReport/reading.ts';
import { reportYearOf } from '../../../src/importers/annualReport/reportYear.ts';

describe('cells and labels as published', () => {
  it('reads 本年增/减 written in words (减4, 增3) and with a plus sign', () => {
    assert.deepEqual(readCell('减4'), { value: -4 });
    assert.deepEqual(readCell('增3'), { value: 3 });
    assert.deepEqual(readCell('+2'), { value: 2 });
    assert.equal(readCell('减少').problem, '单元格内容“减少”不是数字');
  });

  it('reads a 2019 table 二 whose labels carry the template’s notes (湖北 2020 reports)', () => {
    const text = [
      '第二十条第（一）项 |',
      '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |',
      '规章（设区的市、自治州人民政府应提供相关数据） | 0 | 0 | 0 |',
      '规范性文件（行政机关制定发布的决定、公告、通告、意见、通知） | 2 | 2 | 19 |',
    ].join('\n');
    const reading = readAnnualReportText(text);
    assert.deepEqual(reading.tables.table2?.regulations, { made: 0, published: 0, total: 0 });
    assert.deepEqual(reading.tables.table2?.normativeDocuments, { made: 2, published: 2, total: 19 });
  });

  it('reports a table 二 row of layout text with fewer numbers than columns instead of placing them', () => {
    const reading = readAnnualReportText('第二十条第(一)项\n信息内容\n本年新制作数量\n本年新公开数量\n对外公开总数量\n规章\n0\n规范性文件\n');
    assert.equal(reading.tables.table2?.regulations, undefined);
    assert.ok(reading.problems.includes('表二“规章”一行只有1个数，应有3个；空白单元格在纯文本中无法定位'));
    assert.equal(reading.format, '2019', 'the 2019 column headers alone tell the format');
  });
});

describe('the year a report covers', () => {
  it('reads the title, a title broken before 年度报告, the statistics period, and what the report says it covers', () => {
    assert.equal(reportYearOf('葫芦岛市医疗保障局2023年政府信息公开工作年度报告\n一、总体情况'), 2023);
    assert.equal(reportYearOf('宣州区医疗保障局2022年政府信息公开\n年度报告\n本报告……'), 2022);
    assert.equal(reportYearOf('本报告所列数据的统计期限为2024年1月1日至2024年12月31日。发布日期：2025年1月20日'), 2024);
    assert.equal(reportYearOf('现结合我镇实际，汇报我镇2023年政府信息公开工作。'), 2023);
    assert.equal(reportYearOf('二〇二一年政府信息公开工作年度报告'), 2021);
    assert.equal(reportYearOf('连州市医疗保障局2022年政务公开工作\n年度报告\n2022年……2023年……2023年'), 2022);
  });

  it('falls back to the year section 一 keeps naming, and guesses nothing when two are named equally', () => {
    assert.equal(reportYearOf('临河区医疗保障局2023年为深入推进……2023年，我局……2024年1月发布'), 2023);
    assert.equal(reportYearOf('2023年……2024年……'), null);
    assert.equal(reportYearOf('本年度，我局坚持公开为常态。'), null);
  });
});

describe('web pages with cells the format does not have', () => {
  const shanghai = readFileSync(new URL('../../fixtures/annual-reports/shanghai-office-2019.html', import.meta.url), 'utf8');
  const original = readAnnualReportHtml(shanghai);

  it('reads under the header’s columns when every row ends with an empty cell (as the 得荣县卫健局 2019 page does)', () => {
    const reading = readAnnualReportHtml(shanghai.replace(/<\/tr>/g, '<td>&nbsp;</td></tr>'));
    assert.deepEqual(reading.tables.table3, original.tables.table3);
    assert.deepEqual(reading.tables.table4, original.tables.table4);
    assert.deepEqual(reading.problems, []);
  });

  it('reads a label split into two cells, the second one empty', () => {
    const page = shanghai.replace('<td colspan="2"><p align="center">（一）予以公开</p></td>', '<td><p align="center">（一）予以公开</p></td><td></td>');
    assert.notEqual(page, shanghai);
    assert.deepEqual(readAnnualReportHtml(page).tables.table3?.granted, original.tables.table3?.granted);
  });

  it('reads table 三 split into two tables at a page break (pages converted from Word)', () => {
    const page = shanghai.replace(/<tr><td rowspan="3"><p align="center">（四）无法提供/, '</tbody></table><p>（续表）</p><table><tbody><tr><td rowspan="3"><p align="center">（四）无法提供');
    assert.notEqual(page, shanghai);
    const reading = readAnnualReportHtml(page);
    assert.deepEqual(reading.tables.table3, original.tables.table3);
    assert.deepEqual(reading.tables.table4, original.tables.table4);
  });

  it('does not read a row whose numbers run past the 总计 column', () => {
    const page = shanghai.replace(/(一、本年新收政府信息公开申请数量[\s\S]*?)<\/tr>/, '$1<td>5</td></tr>');
    const reading = readAnnualReportHtml(page);
    assert.equal(reading.tables.table3?.newReceived, undefined);
    assert.ok(reading.problems.some((p) => p.startsWith('表三“一、本年新收政府信息公开申请数量”一行最后一列之后还有内容')));
  });
});
