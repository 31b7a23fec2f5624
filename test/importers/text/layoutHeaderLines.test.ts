/** The header block of fixed-column text (pdftotext -layout): which lines belong to it and the order of its columns (issue 12). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readLayoutText } from '../../../src/importers/text/layoutText.ts';
import { headerLeaves } from '../../../src/importers/text/layoutHeader.ts';

/** Words at their character positions on one line. */
const words = (...pairs: [number, string][]) => pairs.reduce((line, [at, text]) => line.padEnd(at) + text, '');

describe('layout text: the header block', () => {
  it('puts the sub-columns of a group before a top-line label printed at a sub-label\'s position', () => {
    const leaves = headerLeaves([
      words([0, '序'], [4, '公开渠道'], [12, '公开对'], [16, '公开方'], [20, '网站所属栏'], [30, '公开']),
      words([0, '号'], [12, '象'], [16, '式'], [20, '目'], [30, '类型']),
      words([16, '全'], [18, '特'], [20, '主'], [22, '依']),
      words([16, '社'], [18, '定'], [20, '动'], [22, '申']),
      words([16, '会'], [18, '群'], [22, '请']),
      words([18, '体']),
    ]);
    assert.deepEqual(
      leaves.map((l) => l.label),
      ['序号', '公开渠道', '全社会', '特定群体', '主动', '依申请', '网站所属栏目', '公开类型'],
    );
  });

  it('leaves out of a repeated header a data line of label characters under it (栏 ending a check-box list)', () => {
    const header = [
      words([0, '序号'], [4, '二级事项'], [12, '公开内容'], [20, '公开渠道和载体'], [30, '公开方式'], [36, '网站所属栏目']),
      words([30, '主'], [32, '依']),
      words([30, '动'], [32, '申']),
      words([32, '请']),
    ];
    const text = [
      ...header,
      words([0, '1'], [4, '机构信息'], [12, '机构名称、'], [20, '■政府网站'], [30, '√'], [36, '机构概况']),
      words([12, '办公地址'], [20, '□社区（村）/']),
      words([20, '企事业单位公示']),
      `\f${header[0]}`,
      ...header.slice(1),
      words([20, '栏']),
      words([0, '2'], [4, '领导信息'], [12, '领导姓名'], [20, '■政府网站'], [32, '√'], [36, '领导之窗']),
      words([20, '□两微一端']),
    ].join('\n');
    const table = readLayoutText(text)!;
    assert.deepEqual(table.rows[0]!.map((c) => c.text), ['序号', '二级事项', '公开内容', '公开渠道和载体', '公开方式', '', '网站所属栏目']);
    const channels = table.rows.map((row) => row[3]!.text);
    assert.deepEqual(channels.slice(2), ['■政府网站\n□社区（村）/企事业单位公示栏', '■政府网站\n□两微一端']);
  });
});
