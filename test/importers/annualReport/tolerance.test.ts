/**
 * What the annual-report reader tolerates (regulations.md §2.3–§2.4): the 2021 table 三 with its
 * three （六） rows, labels written with full-width or ASCII digits and brackets, ASCII or curly
 * quotes, spaces and line breaks inside labels, GB18030 pages, pdftotext-like layout, and bad cells.
 * Tables are built here from the official row labels (vocabulary.ts), numbered so every cell differs.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { OUTCOMES, OUTCOME_KEYS } from '../../../src/domain/applications/vocabulary.ts';
import { readAnnualReportHtml, readAnnualReportText } from '../../../src/importers/annualReport/index.ts';

const ROWS: [string, string][] = [
  ['newReceived', '一、本年新收政府信息公开申请数量'],
  ['carriedOver', '二、上年结转政府信息公开申请数量'],
  ...OUTCOME_KEYS.map((key): [string, string] => [key, OUTCOMES[key].row]),
  ['total', '（七）总计'],
  ['carriedForward', '四、结转下年度继续办理'],
];

/** Row i, column j holds 100·i + j (column 7 = 总计). */
const cellsOf = (index: number) => Array.from({ length: 7 }, (_, column) => String(100 * index + column + 1));

/** Label variants a published page may use for the same row. */
function untidy(label: string): string {
  return label.replace('“', '"').replace('”', '"').replace('（', '(').replace('）', ')').replace('1.', '１． ').replace('政府信息', '政府\n信息');
}

function table3Html(cells: (index: number) => string[], label: (text: string) => string): string {
  const rows = ROWS.map(([, text], index) => `<tr><th colspan="3">${label(text)}</th>${cells(index).map((value) => `<td>${value}</td>`).join('')}</tr>`);
  return `<TABLE border=1><tr><td colspan="3" rowspan="2">说明</td><td colspan="7">申请人情况</td></tr><tr><td>自然人</td><td colspan="5">法人或其他组织</td><td>总计</td></tr>${rows.join('')}</TABLE>`;
}

const TABLE4 = `<table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td></td><td></td><td></td><td></td><td></td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr>${Array.from({ length: 15 }, (_, i) => `<td>${i}</td>`).join('')}</tr></table>`;

describe('annual report reader: the 2021 table 三 and untidy labels', () => {
  it('maps every row of the 2021 format to its contract key, with untidy labels', () => {
    const reading = readAnnualReportHtml(table3Html(cellsOf, untidy) + TABLE4);
    assert.equal(reading.format, '2021');
    ROWS.forEach(([key], index) => {
      const row = reading.tables.table3?.[key as 'granted'];
      assert.equal(row?.naturalPerson, 100 * index + 1, key);
      assert.equal(row?.total, 100 * index + 7, key);
    });
    assert.deepEqual(reading.tables.table4?.litigationAfterReview, { upheld: 10, corrected: 11, other: 12, pending: 13, total: 14 });
    assert.deepEqual(reading.blanks, []);
  });

  it('reads a GB18030 page and full-width digits in cells', () => {
    const html = table3Html((index) => cellsOf(index).map((value) => value.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))), (text) => text);
    // Node decodes GB18030 but cannot encode it: glibc's iconv (Debian's essential libc-bin) makes the bytes.
    const bytes = new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: `<meta charset="gbk">${html}` }));
    const reading = readAnnualReportHtml(bytes);
    assert.equal(reading.tables.table3?.granted?.commercial, 202);
    assert.equal(reading.tables.table3?.['withheld.threeSecurities']?.total, 607);
  });

  it('reports a cell that is not a number, in Chinese, and keeps it null', () => {
    const reading = readAnnualReportHtml(table3Html((index) => (index === 2 ? ['约5', '', '', '', '', '', '—'] : cellsOf(index)), (text) => text));
    assert.equal(reading.tables.table3?.granted?.naturalPerson, null);
    assert.ok(reading.problems.some((message) => message.startsWith('table3.granted.naturalPerson：') && message.includes('不是数字')));
    assert.ok(reading.blanks.includes('table3.granted.total'), 'a dash is a blank');
  });

  it('says so when the columns of table 三 or the groups of table 四 are not in the format order', () => {
    const header = '<tr><td>自然人</td><td>科研机构</td><td>商业企业</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>总计</td></tr>';
    const swapped4 = TABLE4.replace('未经复议直接起诉', '甲').replace('复议后起诉', '未经复议直接起诉').replace('甲', '复议后起诉');
    const reading = readAnnualReportHtml(table3Html(cellsOf, (text) => text).replace('</tr>', `</tr>${header}`) + swapped4);
    assert.ok(reading.problems.some((message) => message.startsWith('表三列标题与格式不同')));
    assert.ok(reading.problems.some((message) => message.startsWith('表四“复议后起诉”排在')));
    assert.equal(readAnnualReportHtml(table3Html(cellsOf, (text) => text) + TABLE4).problems.length, 1, 'only table 二 is missing');
  });

  it('turns undecodable or oversized uploads into a Chinese problem, not an exception', () => {
    const garbled = readAnnualReportHtml(Uint8Array.from([0x80, 0xff, 0x80, 0xff]));
    assert.ok(garbled.problems.some((message) => message.includes('无法识别文件的文字编码')));
    const huge = readAnnualReportText(new Uint8Array(50 * 1024 * 1024 + 1));
    assert.ok(huge.problems.some((message) => message.startsWith('文件过大')));
  });

  it('says so when a page has no tables', () => {
    const reading = readAnnualReportHtml('<p>一、总体情况</p>');
    assert.equal(reading.format, null);
    assert.ok(reading.problems.some((message) => message.includes('没有表格')));
  });
});

describe('annual report reader: pdftotext-like layout', () => {
  const layout = ROWS.map(([, text], index) => `${text}    ${cellsOf(index).join('   ')}`).join('\n');

  it('reads rows of numbers after their labels', () => {
    const reading = readAnnualReportText(`三、收到和处理政府信息公开申请情况\n${layout}\n四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n${Array.from({ length: 15 }, (_, i) => i).join(' ')}`);
    assert.equal(reading.format, '2021');
    assert.equal(reading.tables.table3?.['other.feeUnpaid']?.legal, 100 * 21 + 5);
    assert.equal(reading.tables.table3?.carriedForward?.total, 100 * 24 + 7);
    assert.deepEqual(reading.tables.table4?.reconsideration, { upheld: 0, corrected: 1, other: 2, pending: 3, total: 4 });
  });

  it('reports a row with missing numbers instead of guessing which cell is blank', () => {
    const reading = readAnnualReportText('一、本年新收政府信息公开申请数量   3   3\n二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0');
    assert.equal(reading.tables.table3?.newReceived, undefined);
    assert.equal(reading.tables.table3?.carriedOver?.total, 0);
    assert.ok(reading.problems.some((message) => message.includes('只有2个数')));
    assert.ok(!reading.problems.some((message) => message.startsWith('未找到表三')), 'table 三 was found, one row was incomplete');
  });
});
