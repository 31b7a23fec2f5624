/**
 * How `pdftotext -raw` interleaves the wrapped cells of one row (issue 12): a row whose every cell
 * is one line above a page break printed on one line, and the ends of the cut row's cells at the
 * next page's top, one after another in column order.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readLineStream } from '../../../src/importers/text/lineStream.ts';
import { splitLine } from '../../../src/importers/text/lineTokens.ts';

const HEADER = [
  '序号 公开事项 公开内容（要素） 公开依据 公开时限 公开主体 公开渠道和载体 公开对象 公开方式 网站所属栏目 公开类型',
  '一级事项 二级事项 全社会 特定群体 主动 依申请',
];

/** A row of one-line names, as -raw prints it when the page does not cut it. */
function wholeRow(seq: string, level2: readonly string[]): string[] {
  return [
    `${seq} 机构信息 ${level2[0]!}`,
    ...level2.slice(1),
    '机构名称、办公地',
    '址、办公电话',
    '《中华人民共和国政',
    '府信息公开条例》',
    '即时公开 医保局 ■政府网站',
    '□两微一端',
    '√ √ 市政府网站/',
    '政务公开/机',
    '构信息',
    '管理',
    '公开',
  ];
}

function rows(lines: readonly string[]): string[][] {
  const table = readLineStream(lines.join('\n'));
  assert.ok(table);
  return table.rows.slice(1).map((r) => r.map((c) => c.text));
}

describe('line stream: a row cut by a page break after its first line (pdftotext -raw)', () => {
  it('parts a whole row printed on one line at its ticks: the box list before, the 网站所属栏目 after', () => {
    assert.deepEqual(splitLine('18 其他应公 工作总结 《中华人民共和国政 即时公开 医保局 ■政府网站 √ √ 市政府网站/ 管理'), [
      '18', '其他应公', '工作总结', '《中华人民共和国政', '即时公开', '医保局', '■政府网站', '√ √', '市政府网站/', '管理',
    ]);
    // Ticks alone, or ticks before a cell, stay as they were.
    assert.deepEqual(splitLine('✓ ✓ ✓'), ['✓ ✓ ✓']);
    assert.deepEqual(splitLine('√ √ 市政府网站/'), ['√ √', '市政府网站/']);
  });

  it('goes on with the cut row\'s 网站所属栏目 and 公开类型 (管理 | 公开) after the break, not with its box list', () => {
    const text = [
      ...HEADER,
      ...wholeRow('1', ['机构基本', '信息']),
      '2 其他应公 工作总结 《中华人民共和国政 即时公开 医保局 ■政府网站 √ √ 市政府网站/ 管理',
      ...HEADER,
      '开的文件 府信息公开条例》',
      '□两微一端',
      '政务公开/文',
      '件与政策',
      '公开',
      ...wholeRow('3', ['领导分工', '信息']),
    ];
    const cut = rows(text)[1]!;
    assert.deepEqual(cut.slice(0, 5), ['2', '', '其他应公\n开的文件', '工作总结', '《中华人民共和国政\n府信息公开条例》']);
    // The 公开依据's end is no channel named in words: a box list has boxes.
    assert.equal(cut[7], '■政府网站\n□两微一端');
    assert.deepEqual(cut.slice(-2), ['市政府网站/\n政务公开/文\n件与政策', '管理\n公开']);
  });
});

/** The rows of a corpus file's -raw text, each cell without its line breaks, under the header's labels. */
function corpusRows(file: string): Record<string, string>[] {
  const text = readFileSync(new URL(`../../fixtures/import-corpus/pdf-raw-text/${file}`, import.meta.url), 'utf8');
  const table = readLineStream(text);
  assert.ok(table);
  const labels = table.rows[0]!.map((c) => c.text);
  return table.rows.slice(1).map((r) => Object.fromEntries(r.map((c, k) => [labels[k]!, c.text.replace(/\s/g, '')])));
}

describe('line stream: the ends of a cut row side by side at the next page\'s top (pdftotext -raw)', () => {
  it('parts one-character ends there (开 新: 主动公 / 开 and 按年度更 / 新), and only there', () => {
    assert.deepEqual(splitLine('开 新', false, true), ['开', '新']);
    assert.deepEqual(splitLine('裁量基准等信息 会', false, true), ['裁量基准等信息', '会']);
    assert.deepEqual(splitLine('开 新'), ['开 新']);
  });

  it('parts a word before a box list\'s label there (口 政府公报 ¨发布会: 窗口\'s 口, then the list)', () => {
    assert.deepEqual(splitLine('口 政府公报 ¨发布会/听证会', true, true), ['口', '政府公报 ¨发布会/听证会']);
    // A label wrapped inside the list is one word before its box: it stays.
    assert.deepEqual(splitLine('民服务站 ¨入户/现场', true, true), ['民服务站 ¨入户/现场']);
    assert.deepEqual(splitLine('便民服务站 ¨入户/现场 ¨', true, true), ['便民服务站 ¨入户/现场 ¨']);
  });

  it('gives each end its own cell of the cut row: 政务服务窗口, 主动公开, 按年度更新', () => {
    const row = corpusRows('qingtongxia-named.txt').find((r) => r['序号'] === '18')!;
    assert.deepEqual([row['公开主体'], row['公开方式'], row['备注']], ['政务服务窗口', '主动公开', '按年度更新']);
    assert.ok(row['公开渠道和载体']!.startsWith('þ政府网站¨两微一端¨政府公报¨发布会/听证会'), row['公开渠道和载体']);
  });

  it('gives a box label\'s end beside another cell\'s end to the box list (…等信息 会: □发布会/听证 / 会)', () => {
    const row = corpusRows('seed001-national-narrow.txt').find((r) => r['序号'] === '27')!;
    assert.equal(row['公开内容'], '依据本部门权责清单公开处罚事项名称、依据、条件、程序、结果、自由裁量基准等信息');
    assert.match(row['公开渠道和载体']!, /□发布会\/听证会□广播电视/);
    assert.equal(row['公开主体'], '医保局');
  });
});
