/**
 * How `pdftotext -raw` interleaves the wrapped cells of one row (issue 12): a row whose every cell
 * is one line above a page break printed on one line, and the ends of the cut row's cells at the
 * next page's top, one after another in column order.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
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
