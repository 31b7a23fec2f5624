/**
 * How `pdftotext -raw` interleaves the wrapped cells of one row (issue 12): a row whose every cell
 * is one line above a page break printed on one line, and the ends of the cut row's cells at the
 * next page's top, one after another in column order.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readLineStream } from '../../../src/importers/text/lineStream.ts';
import { splitLine, type Token } from '../../../src/importers/text/lineTokens.ts';
import { partCutRows } from '../../../src/importers/text/linePageCut.ts';
import type { Seg } from '../../../src/importers/text/lineSegment.ts';
import { withoutRepeatedHeaders } from '../../../src/importers/text/lineHeader.ts';

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

describe('line stream: a cut row\'s cells before the break (pdftotext -raw)', () => {
  it('parts a cut 公开主体\'s end before an inline 口 list whose box the line cut (局 广播电视 口报), not 口腔', () => {
    assert.deepEqual(splitLine('局 广播电视 口报', true, true), ['局', '广播电视 口报']);
    assert.deepEqual(splitLine('5 公共服务 口腔种植医疗服务', true, true), ['5', '公共服务', '口腔种植医疗服务']);
  });

  it('parts the 公开时限 and 公开主体 read as one cell before the break where the 公开主体 goes on after it', () => {
    const row = corpusRows('xiji-kou-narrow.txt').find((r) => r['序号'] === '13')!;
    assert.deepEqual([row['公开时限'], row['公开主体']], ['形成或变更之日起20个工作日内公开', '西吉县人力资源和社会保障局']);
  });

  it('fills a cell that goes on after the break down to the page\'s end, taking back its line from the next cell (…的，从 | 其规)', () => {
    const row = corpusRows('xiji-kou-narrow.txt').find((r) => r['序号'] === '20')!;
    assert.deepEqual([row['公开时限'], row['公开主体']], ['形成或变更之日起20个工作日内（法律、法规对政府信息公开期限另有规定的，从其规定）', '西吉县人力资源和社会保障局']);
  });

  it('gives back, on a small grid, the lines a cell that goes on lent the next cell', () => {
    const texts = ['日内（法', '律、法', '的，从', '其规', '西吉县', '局', '■门户网站', '口两微一端', '口政府公报', '口其他', '定）', '（注明）'];
    const tokens: Token[] = texts.map((text, line) => ({
      text, line, besideSeq: false, lastOnLine: true, pageStart: line === 10, besideCutEnd: false, width: text.length * 2,
      box: text.startsWith('■') || text.startsWith('口'), mark: false, int: false, digits: false, numbered: false,
    }));
    const cols = ['timeLimit', 'subject', 'channels'] as const;
    const segs: Seg[] = [
      { col: 'timeLimit', from: 0, to: 2 },
      { col: 'subject', from: 3, to: 5 },
      { col: 'channels', from: 6, to: 9 },
      { col: 'timeLimit', from: 10, to: 10, continues: true },
      { col: 'channels', from: 11, to: 11 },
    ];
    const parted = partCutRows(segs, tokens, [...cols]);
    assert.deepEqual(parted.slice(0, 2), [{ col: 'timeLimit', from: 0, to: 3 }, { col: 'subject', from: 4, to: 5 }]);
    // A cell that does not go on after the break keeps its lines.
    const ended = partCutRows(segs.filter((seg) => seg.from !== 10), tokens, [...cols]);
    assert.deepEqual(ended.slice(0, 2), segs.slice(0, 2));
  });
});

describe('line stream: a header of narrow columns printed again after a page break (pdftotext -raw)', () => {
  it('drops it from its first line of labels on, however few labels a narrow column lets that line hold', () => {
    const header = ['序', '号', '公开事项 公开内容（要', '素）', '公开依据 公开时', '限', '一级', '事项', '二级事', '项'];
    const { lines, pageStarts } = withoutRepeatedHeaders(
      ['1 一、', '机构', '日起 20', ...header, '个工作日', '2 领导信息'],
      ['某局政务公开事项目录', ...header],
      ['序', '号'],
      '公开事项 公开内容（要',
    );
    assert.deepEqual(lines, ['1 一、', '机构', '日起 20', '个工作日', '2 领导信息']);
    assert.deepEqual([...pageStarts], [3]);
  });
});

describe('line stream: one-line cells before an inline box list (pdftotext -raw)', () => {
  it('parts every one-line cell before the list\'s first box, not only the 公开主体 (即时公开 局办公室 þ 政府网站…)', () => {
    assert.deepEqual(splitLine('即时公开 局办公室 þ 政府网站 ¨两微一端', true), ['即时公开', '局办公室', 'þ 政府网站 ¨两微一端']);
    assert.deepEqual(splitLine('5 个工作日内 局办公室 þ 政府网站 ¨两微一端', true).slice(-2), ['局办公室', 'þ 政府网站 ¨两微一端']);
    // A label wrapped inside the list, before a box that does not start the list, stays in it.
    assert.deepEqual(splitLine('查阅点 ¨政务服务中心 ¨', true), ['查阅点 ¨政务服务中心 ¨']);
  });
});

describe('line stream: brackets (pdftotext -raw)', () => {
  it('keeps a document number\'s 号） with the 公开依据 that left its bracket open (（医保发 / 〔2022〕27 / 号）)', () => {
    const row = corpusRows('qingtongxia-five-w65.txt').find((r) => r['序号'] === '5')!;
    assert.match(row['公开依据']!, /（医保发〔2022〕27号）$/);
    assert.doesNotMatch(row['公开时限']!, /号/);
  });
});
