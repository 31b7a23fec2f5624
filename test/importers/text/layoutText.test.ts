/** The fixed-column text reader (pdftotext -layout and text pasted from it), on small hand-made layouts (issue 12). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importText } from '../../../src/importers/importCatalogText.ts';
import { readLayoutText } from '../../../src/importers/text/layoutText.ts';
import { headerLeaves, headerRows } from '../../../src/importers/text/layoutHeader.ts';
import { columnRoom, cutLine } from '../../../src/importers/text/layoutCells.ts';
import { layoutColumns } from '../../../src/importers/text/layoutColumns.ts';
import { joinCellLines, rowStarts } from '../../../src/importers/text/layoutRows.ts';
import { printedWidth, wordsOf, wordStarts } from '../../../src/importers/text/layoutWords.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Lines with each cell's text at its column's position (cells: one string per column, '' for none). */
function place(at: readonly number[], ...lines: readonly (readonly string[])[]): string[] {
  return lines.map((cells) => cells.reduce((line, text, j) => (text === '' ? line : line.padEnd(at[j]!) + text), '').trimEnd());
}

/** A two-line header as pdftotext prints it: 公开事项 over 一级事项/二级事项, 公开方式 over its ticks. */
const AT = [0, 5, 12, 19, 30, 40, 49, 55, 65, 69];
const NATIONAL = place(
  AT,
  ['序号', '公开事项', '', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开方式'],
  ['', '一级事项', '二级事项', '', '', '', '', '', '主动', '依申'],
  ['', '', '', '', '', '', '', '', '', '请'],
  ['1', '概况信息', '机构信息', '机构名称、办公', '《中华人民共和', '形成或者变更', '中卫市医', '■政府网站', '√'],
  ['', '', '', '地址、办公电话', '国政府信息公开', '之日起 20 个', '疗保障局', '□两微一端'],
  ['', '', '', '', '条例》', '工作日内', '', '□政府公报'],
  ['2', '', '领导信息', '领导班子成员', '《中华人民共和', '形成或者变更', '中卫市医', '■政府网站', '', '√'],
  ['', '', '', '姓名', '国政府信息公开', '之日起 20 个', '疗保障局', '□两微一端'],
  ['', '', '', '', '条例》', '工作日内'],
).join('\n');

describe('layout text: words, header, columns', () => {
  it('measures positions in characters (a CJK character is one) and printed width in CJK widths', () => {
    assert.deepEqual(
      wordsOf('序号   公开 事项').map((w) => [w.text, w.start, w.gap]),
      [['序号', 0, Number.POSITIVE_INFINITY], ['公开', 5, 3], ['事项', 8, 1]],
    );
    assert.equal(printedWidth('之日起 20'), 3 + 0.25 + 1.2);
  });

  it('stacks label pieces printed over lines and keeps sub-labels apart from their group', () => {
    const at = [0, 4, 9, 16, 26, 28];
    const leaves = headerLeaves(place(at, ['序', '公开事项', '', '公开主', '公开方式'], ['号', '', '', '体'], ['', '一级', '二级事项', '', '主', '依申'], ['', '事项', '', '', '动', '请']));
    assert.deepEqual(leaves.map((l) => [l.label, l.start, l.group, l.tick]), [
      ['序号', 0, null, false],
      ['一级事项', 4, '公开事项', false],
      ['二级事项', 9, '公开事项', false],
      ['公开主体', 16, null, false],
      ['主动', 26, '公开方式', true],
      ['依申请', 28, '公开方式', true],
    ]);
    assert.deepEqual(headerRows(leaves), [
      ['序号', '公开事项', '', '公开主体', '公开方式', ''],
      ['', '一级事项', '二级事项', '', '主动', '依申请'],
    ]);
  });

  it('keeps a group\'s sub-columns together when a top-line label was pushed to a sub-label\'s position', () => {
    const leaves = headerLeaves(place([0, 6, 11, 19], ['公开对象', '公开方式', '网站所属栏目', '公开类型'], ['', '主动', '依申请']));
    assert.deepEqual(leaves.map((l) => l.label), ['公开对象', '主动', '依申请', '网站所属栏目', '公开类型']);
  });

  it('moves a column to its cells when the header label stands pushed right', () => {
    const leaves = [{ start: 0, tick: false }, { start: 12, tick: false }, { start: 24, tick: false }];
    const lines = place([0, 10, 21], ['1', '机构信息', '名称、地址'], ['', '领导信息', '姓名'], ['', '下属单位', '职责']);
    assert.deepEqual(layoutColumns(leaves, lines).map((c) => c.at), [0, 10, 21]);
  });

  it('cuts a line where one space separates cells that the text before pushed right, not inside a cell', () => {
    const columns = [0, 10, 18, 26].map((at) => ({ at, tick: false }));
    const room = columnRoom(columns, ['《条例》  形成或者  办公室']);
    assert.deepEqual(cutLine('《条例》  之日起 20 个工 保障局 ■政府网站', columns, room), ['《条例》', '之日起 20 个工', '保障局', '■政府网站']);
  });

  it('keeps a number and its unit with the text pdftotext printed them apart from, even at the next column\'s edge', () => {
    /** Words at their positions on one line. */
    const words = (...pairs: [number, string][]) => pairs.reduce((line, [at, text]) => line.padEnd(at) + text, '');
    const block = [
      words([35, '《中华人民共和国政府信息公开条'], [51, '形成或者变更'], [58, '中卫市医疗'], [64, '■政府网站']),
      words([35, '例》(国务院令第'], [44, '711'], [48, '号)'], [51, '之日起'], [55, '20'], [58, '个工'], [61, '保障局'], [65, '□两微一端']),
      words([51, '作日内'], [65, '□政府公报']),
    ];
    const columns = [35, 51, 58, 64].map((at) => ({ at, tick: false }));
    assert.deepEqual(cutLine(block[1]!, columns, columnRoom(columns, block), wordStarts(block)), ['例》(国务院令第 711 号)', '之日起 20 个工', '保障局', '□两微一端']);
    const narrow = [
      words([22, '《中华人民共和国政'], [32, '形成或者'], [37, '综合办'], [41, '☑政府网站']),
      words([22, '府信息公开条例》'], [33, '变更之日'], [38, '公室'], [41, '☐两微一端']),
      words([22, '（国务院令第'], [29, '711'], [33, '起'], [35, '20'], [38, '个'], [41, '☐政府公报']),
    ];
    const narrowColumns = [22, 32, 37, 41].map((at) => ({ at, tick: false }));
    assert.deepEqual(cutLine(narrow[2]!, narrowColumns, columnRoom(narrowColumns, narrow), wordStarts(narrow)), ['（国务院令第 711', '起 20 个', '', '☐政府公报']);
    // A number pushed up to the next column's edge where its cell has room for it stays in its cell.
    const pushed = [words([36, '形成或'], [40, '西吉县'], [44, '■门户网站']), words([36, '日起'], [39, '20'], [42, '源和社'], [46, '府公报']), words([36, '个工作'], [40, '会保障'])];
    const pushedColumns = [36, 40, 44].map((at) => ({ at, tick: false }));
    assert.deepEqual(cutLine(pushed[1]!, pushedColumns, columnRoom(pushedColumns, pushed), wordStarts(pushed)), ['日起 20', '源和社', '府公报']);
    // A number at the next column's edge where its cell is full starts that column's cell.
    const edge = [words([20, '《中华人民共和国行政处罚'], [33, '7'], [35, '个工作日内'], [48, '□公开查阅点']), words([20, '法》'], [33, '作出决定之日起'], [48, '□报刊'])];
    const edgeColumns = [20, 33, 48].map((at) => ({ at, tick: false }));
    assert.deepEqual(cutLine(edge[0]!, edgeColumns, columnRoom(edgeColumns, edge), wordStarts(edge)), ['《中华人民共和国行政处罚', '7 个工作日内', '□公开查阅点']);
  });

  it('parts two cells at a space between Chinese words, except a check-box in the column of check-box lists', () => {
    const words = (...pairs: [number, string][]) => pairs.reduce((line, [at, text]) => line.padEnd(at) + text, '');
    const block = [words([45, '信息生成或'], [51, '办公室'], [61, 'þ'], [63, '政府网站']), words([45, '者变更之日'], [61, '端'])];
    const columns = [45, 55, 61].map((at) => ({ at, tick: false }));
    assert.deepEqual(cutLine(block[0]!, columns, columnRoom(columns, block)), ['信息生成或', '办公室', 'þ 政府网站']);
    const listing = [{ at: 35, tick: false }, { at: 41, tick: false }, { at: 45, tick: false, boxes: true }, { at: 71, tick: false }];
    const kou = [words([35, '个工作'], [39, '口'], [45, '会/听证会'], [51, '口'], [71, '/概况信息'])];
    assert.deepEqual(cutLine(kou[0]!, listing, columnRoom(listing, kou)), ['个工作', '口', '会/听证会 口', '/概况信息']);
  });

  it('starts the next cell at Chinese text one space after a number that ends a cell (日起 20 | 源和社), not at a unit', () => {
    const words = (...pairs: [number, string][]) => pairs.reduce((line, [at, text]) => line.padEnd(at) + text, '');
    const columns = [33, 40, 44].map((at) => ({ at, tick: false }));
    const line = words([36, '日起'], [39, '20'], [42, '源和社'], [46, '府公报']);
    assert.deepEqual(cutLine(line, columns, columnRoom(columns, [line])), ['日起 20', '源和社', '府公报']);
    const unit = words([36, '日起'], [39, '20'], [42, '个工作'], [46, '府公报']);
    assert.deepEqual(cutLine(unit, columns, columnRoom(columns, [unit]))[0], '日起 20 个工作');
  });

  it('keeps a number that starts two positions or more before the next column\'s edge in its cell, room or not', () => {
    const words = (...pairs: [number, string][]) => pairs.reduce((line, [at, text]) => line.padEnd(at) + text, '');
    const columns = [21, 30, 37].map((at) => ({ at, tick: false }));
    const line = words([21, '川市、灵武市'], [28, '2021'], [37, '局']);
    assert.deepEqual(cutLine(line, columns, [8.6, 5, 5]), ['川市、灵武市 2021', '', '局']);
  });

  it('keeps 口 before a channel name cut by the line\'s end (口报 | 刊) in the check-box list', () => {
    const words = (...pairs: [number, string][]) => pairs.reduce((line, [at, text]) => line.padEnd(at) + text, '');
    const listing = [{ at: 35, tick: false }, { at: 41, tick: false }, { at: 45, tick: false, boxes: true }, { at: 71, tick: false }];
    const cut = [words([35, '日内'], [41, '局'], [45, '广播电视'], [50, '口报'], [71, '部门文件'])];
    assert.deepEqual(cutLine(cut[0]!, listing, columnRoom(listing, cut)), ['日内', '局', '广播电视 口报', '部门文件']);
    // Outside the list, and for 口 before what no channel name starts with, a space still parts two cells.
    const other = [words([35, '日内'], [41, '局'], [45, '广播电视'], [50, '口腔'], [71, '部门文件'])];
    assert.deepEqual(cutLine(other[0]!, listing, columnRoom(listing, other)), ['日内', '局', '广播电视', '口腔 部门文件']);
  });

  it('starts the next column at a word that the page\'s other rows start there, after a cell long in positions', () => {
    const at = [0, 5, 12, 19, 27, 34, 40, 53];
    const text = place(
      at,
      ['序号', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开方式'],
      ['1', '机构信息', '机构名称', '《条例》', '20日内', '办公室', '■政府网站', '主动'],
      ['2', '领导信息', '领导姓名', '《条例》', '20日内', '办公室', 'þ 政府网站 ¨两微 ¨', '主动'],
      ['', '', '', '', '', '', '政府公报'],
      ['3', '内设机构', '机构职能', '《条例》', '20日内', '办公室', '■政府网站', '依申请'],
    ).join('\n');
    const { catalog } = importText(utf8(text));
    assert.deepEqual(catalog.items.map((i) => [i.level2, i.channels, i.mode]), [
      ['机构信息', ['政府网站'], ['主动公开']],
      ['领导信息', ['政府网站'], ['主动公开']],
      ['内设机构', ['政府网站'], ['依申请公开']],
    ]);
  });

  it('starts a row at a 序号, or without 序号 where a cell starts below an empty line', () => {
    const keys = { seq: 0, level1: 1, level2: 2, content: 3, ticks: [false, false, false, false] };
    assert.deepEqual(rowStarts([['1', 'a', 'b', 'c'], ['', 'a', '', 'c'], ['2', '', 'b', 'c']], keys), [true, false, true]);
    const noSeq = { ...keys, seq: -1 };
    assert.deepEqual(rowStarts([['', 'a', 'b', 'c'], ['', 'a', 'b', ''], ['', '', '', 'c'], ['', '', 'b', 'c']], noSeq), [true, false, true, true]);
  });

  it('glues wrapped lines of a cell and keeps a check-box or a numbered entry on a line of its own', () => {
    assert.equal(joinCellLines(['机构名称、办公地', '址', '□两微一端', '2.《条例》', '第 711', '号']), '机构名称、办公地址\n□两微一端\n2.《条例》第 711号');
  });
});

describe('layout text: whole catalogs', () => {
  it('reads a two-line header, wrapped cells, a merged 一级事项 and tick sub-columns', () => {
    const { catalog } = importText(utf8(NATIONAL));
    assert.deepEqual(
      catalog.items.map((i) => [i.seq, i.level1, i.level2, i.content, i.timeLimit, i.subject, i.mode]),
      [
        ['1', '概况信息', '机构信息', '机构名称、办公地址、办公电话', '形成或者变更之日起20个工作日内', '中卫市医疗保障局', ['主动公开']],
        ['2', '概况信息', '领导信息', '领导班子成员姓名', '形成或者变更之日起20个工作日内', '中卫市医疗保障局', ['依申请公开']],
      ],
    );
    assert.deepEqual(catalog.items[0]!.channels, ['政府网站']);
    assert.deepEqual(catalog.items[0]!.basis, ['《中华人民共和国政府信息公开条例》']);
  });

  it('drops a header repeated on the next page and joins a row the page break split', () => {
    const lines = NATIONAL.split('\n');
    const split = [...lines.slice(0, 8), `\f${lines[0]}`, lines[1], lines[2], ...lines.slice(8)].join('\n');
    const { catalog } = importText(utf8(split));
    assert.equal(catalog.items.length, 2);
    assert.deepEqual(catalog.items[1]!.basis, ['《中华人民共和国政府信息公开条例》']);
    assert.equal(catalog.items[1]!.timeLimit, '形成或者变更之日起20个工作日内');
  });

  it('reads a one-line header without 序号 (rows start where 二级事项 starts again)', () => {
    const text = place(
      [0, 11, 24, 41, 57, 72],
      ['一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体'],
      ['概况信息', '机构职责', '内设机构及职责', '《政府信息公开', '20 个工作日内', '办公室'],
      ['', '', '分工', '条例》'],
      ['', '领导分工', '班子成员分工', '《政府信息公开', '即时公开', '办公室'],
      ['', '', '', '条例》'],
      ['基本信息', '公开指南', '公开范围', '《政府信息公开', '即时公开', '办公室'],
      ['', '', '', '条例》'],
    ).join('\n');
    const { catalog } = importText(utf8(text));
    assert.deepEqual(
      catalog.items.map((i) => [i.level1, i.level2, i.content, i.basis[0], i.timeLimit]),
      [
        ['概况信息', '机构职责', '内设机构及职责分工', '《政府信息公开条例》', '20个工作日内'],
        ['概况信息', '领导分工', '班子成员分工', '《政府信息公开条例》', '即时公开'],
        ['基本信息', '公开指南', '公开范围', '《政府信息公开条例》', '即时公开'],
      ],
    );
  });

  it('reads rows whose cells are centred (LibreOffice, Word): the 序号 line in the middle, a merged 一级事项 between rows', () => {
    const at = [0, 5, 14, 26, 42, 52];
    const text = place(
      at,
      ['序号', '一级事项', '二级事项', '公开内容', '公开时限', '公开主体'],
      [],
      ['', '', '', '机构名称、职责、'],
      ['1', '', '机构职责', '内设机构', '即时公开', '办公室'],
      ['', '', '', '及其职责'],
      ['', '概况信息'],
      ['', '', '', '领导姓名、'],
      ['2', '', '领导分工', '职务、分工', '即时公开', '办公室'],
      [],
      ['', '', '', '规划批准文件、'],
      ['3', '规划信息', '国土空间规划', '规划图', '20 个工作日内', '规划股'],
      ['', '', '', '规划文本'],
    ).join('\n');
    const { catalog } = importText(utf8(text));
    assert.deepEqual(
      catalog.items.map((i) => [i.seq, i.level1, i.level2, i.content]),
      [
        ['1', '概况信息', '机构职责', '机构名称、职责、内设机构及其职责'],
        ['2', '概况信息', '领导分工', '领导姓名、职务、分工'],
        ['3', '规划信息', '国土空间规划', '规划批准文件、规划图规划文本'],
      ],
    );
  });

  it('is not taken for a text without fixed columns', () => {
    assert.equal(readLayoutText('序号 公开事项 公开内容 公开依据\n1 概况 机构 条例'), null);
  });
});
