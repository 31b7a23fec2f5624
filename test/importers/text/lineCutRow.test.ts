/**
 * A row a page break cuts right after its first line (pdftotext -raw prints that line whole, every cell's
 * first line side by side), and what tells which of its cells go on at the next page's top (issue 12).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readLineStream } from '../../../src/importers/text/lineStream.ts';
import { cutRowsAtBreaks } from '../../../src/importers/text/linePageCut.ts';
import type { Seg } from '../../../src/importers/text/lineSegment.ts';
import type { Token } from '../../../src/importers/text/lineTokens.ts';

const HEADER = [
  '序号 公开事项 公开内容（要素） 公开依据 公开时限 公开主体 公开渠道和载体 公开对象 公开方式 网站所属栏目 公开类型',
  '一级事项 二级事项 全社会 特定群体 主动 依申请',
];

function row(seq: string, level1: readonly string[], level2: readonly string[]): string[] {
  return [
    `${seq} ${level1[0]!}`, ...level1.slice(1), ...level2, '机构名称、办', '公地址、办公', '电话', '《中华人民共和', '国政府信息公开', '条例》',
    '即时公开 医保局 ■政府网站', '□两微一端', '√ √ 政府信息', '公开/机构', '管理', '公开',
  ];
}

/** Each row's cells by label, without line breaks. */
function read(lines: readonly string[]): Record<string, string>[] {
  const table = readLineStream(lines.join('\n'));
  assert.ok(table);
  const labels = table.rows[0]!.map((c) => c.text);
  return table.rows.slice(1).map((r) => Object.fromEntries(r.map((c, k) => [labels[k]!, c.text.replace(/\s/g, '')])));
}

describe('line stream: a row cut after its first line (pdftotext -raw)', () => {
  it('goes on with a 一级事项 that is only its list numeral (四、) and a 公开内容 that ends on 、, not with the 二级事项 alone', () => {
    const rows = read([
      ...HEADER,
      ...row('1', ['一、', '机构', '信息'], ['机构概', '况']),
      ...row('2', ['二、', '领导', '信息'], ['领导分', '工']),
      '3 四、 部门经 “三公”经费、 《中华人民共和 即时公开 医保局 ■政府网站 √ √ 政府信息 管理',
      ...HEADER,
      '财务', '管理', '费预决', '算', '专项经费、财政', '收支情况', '国政府信息公开', '条例》', '□两微一端', '公开/财务', '公开',
      ...row('4', ['五、', '政策', '文件'], ['规范性', '文件']),
    ]);
    assert.deepEqual([rows[2]!['一级事项'], rows[2]!['二级事项'], rows[2]!['公开内容']], ['四、财务管理', '部门经费预决算', '“三公”经费、专项经费、财政收支情况']);
  });
});

/** A corpus file's -raw rows by 序号, each cell without its line breaks. */
function corpusRow(file: string, seq: string): Record<string, string> {
  const text = readFileSync(new URL(`../../fixtures/import-corpus/pdf-raw-text/${file}`, import.meta.url), 'utf8');
  return read(text.split('\n')).find((r) => r['序号'] === seq)!;
}

describe('line stream: the cut rows the last reading goes on with (pdftotext -raw)', () => {
  it('takes them from the second reading, not the first: a 二级事项 that goes on is no one-line 公开时限\'s tail', () => {
    // The first reading took 行政处罚 for the 二级事项 and 以欺诈… for a 公开内容, so its cut row had no 二级事项 to go on.
    const want = ['以欺诈、伪造证明材料或者其他手段骗取社会保险基金支出行为的处罚（仅指医疗保险、生育保险）', '即时公开'];
    const seed001 = corpusRow('seed001-national-narrow.txt', '25');
    assert.deepEqual([seed001['二级事项'], seed001['公开时限']], want);
    const huinong = corpusRow('huinong-national-w85.txt', '21');
    assert.deepEqual([huinong['二级事项'], huinong['公开时限']], want);
  });
});

describe('line stream: a cut row\'s cells that ended above the page\'s end (pdftotext -raw)', () => {
  it('counts a cell two lines shorter than the row\'s longest as ended, however full its last line', () => {
    // 领导分工 (one full line) | 公开依据 of four lines down to the page's end | 公开时限 of four | then the next page.
    const texts = ['领导分工', '《中华人民共和国政府信', '息公开条例》及国家、自', '治区、银川市、灵武市', '2021 年政务公开工作要', '形成或变', '更之日起', '20 个工作', '日内（法', '点要求'];
    const tokens: Token[] = texts.map((text, line) => ({
      text, line, besideSeq: false, lastOnLine: true, pageStart: line === 9, besideCutEnd: false, width: text.length * 2,
      box: false, mark: false, int: false, digits: false, numbered: false,
    }));
    const segs: Seg[] = [
      { col: 'level2', from: 0, to: 0 },
      { col: 'basis', from: 1, to: 4 },
      { col: 'timeLimit', from: 5, to: 8 },
      { col: 'basis', from: 9, to: 9, continues: true },
    ];
    const full = { level2: 8, basis: 22, timeLimit: 8 };
    const counted = cutRowsAtBreaks(segs, tokens, ['level2', 'basis', 'timeLimit'], full, true).get(9)!;
    assert.deepEqual([[...counted.finished], [...counted.open].sort()], [['level2'], ['basis', 'timeLimit']]);
    // By widths alone (the first reading), the full line says nothing: it might go on.
    assert.ok(cutRowsAtBreaks(segs, tokens, ['level2', 'basis', 'timeLimit'], full).get(9)!.open.has('level2'));
  });

  it('gives a wrapped 公开依据\'s end after a break back to it, not to the one-line 二级事项 (领导分工 | …工作要 / 点要求)', () => {
    const text = readFileSync(new URL('../../fixtures/import-corpus/pdf-raw-text/zhongning-oneline-narrow.txt', import.meta.url), 'utf8');
    const row = read(text.split('\n')).find((r) => r['二级事项']!.startsWith('领导分工'))!;
    assert.equal(row['二级事项'], '领导分工');
    assert.match(row['公开依据']!, /工作要点要求$/);
  });
});
