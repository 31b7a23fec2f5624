import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pageTable, type Segment, type TextBox } from '../../src/importers/pdf/readPdf.ts';
import { splitAtRulings } from '../../src/importers/pdf/splitBoxes.ts';
import { joinRowsSplitByPages } from '../../src/importers/pdf/splitRows.ts';
import { dropRepeatedHeader } from '../../src/importers/pdf/repeatedHeader.ts';
import { overflowBelow } from '../../src/importers/pdf/overflow.ts';
import type { GridRow } from '../../src/importers/table/grid.ts';

const box = (str: string, x: number, right: number, top = 100): TextBox => ({ str, x, right, top, bottom: top + 9, size: 9 });
const ruling = (at: number) => ({ at, from: 50, to: 500 });
const row = (...texts: string[]): GridRow => texts.map((text) => (text === '^' ? { text: '', mergedFromAbove: true } : { text }));

describe('splitAtRulings: one pdfjs text item over two cells', () => {
  it('cuts "公开内容（要素） 公开依据" at the column line between them', () => {
    // 8 full-width glyphs (72 pt), a space, 4 glyphs (36 pt) over 111 pt; the line at 206.6.
    const out = splitAtRulings([box('公开内容（要素） 公开依据', 133.1, 244.1)], [ruling(206.6)]);
    assert.deepEqual(
      out.map((b) => b.str),
      ['公开内容（要素）', '公开依据'],
    );
    assert.ok(out[0]!.right <= 206.6 && out[1]!.x >= 206.6);
  });

  it('leaves alone a box that only touches a line, and a line that does not reach the box', () => {
    const touching = splitAtRulings([box('序号', 44, 62)], [ruling(62.5)]);
    assert.deepEqual(touching.map((b) => b.str), ['序号']);
    const below = splitAtRulings([box('公开事项 公开内容', 60, 160, 20)], [ruling(100)]);
    assert.deepEqual(below.map((b) => b.str), ['公开事项 公开内容']);
  });
});

describe('joinRowsSplitByPages: a row cut by a page break', () => {
  const header = [row('序号', '一级事项', '二级事项', '公开内容'), row('^', '^', '^', '^'), row('^', '^', '^', '^')];

  it('joins the top row of a page with an empty 序号 to the last row of the page before', () => {
    const rows = [...header, row('1', '概况', '机构信息', '机构名称、办公'), row('2', '^', '领导信息', '领导姓名'), row('', '', '', '地址、电话'), row('3', '^', '下属单位', '单位职责')];
    const out = joinRowsSplitByPages(rows, [5]);
    assert.equal(out.length, 6);
    assert.equal(out[4]![3]!.text, '领导姓名地址、电话');
    assert.deepEqual(out[5], row('3', '^', '下属单位', '单位职责'));
  });

  it('keeps a top row with its own 序号, and continues the vertical merge of 一级事项 into it', () => {
    const rows = [...header, row('1', '概况', '机构信息', '机构名称'), row('2', '^', '领导信息', '领导姓名'), row('3', '', '下属单位', '单位职责')];
    const out = joinRowsSplitByPages(rows, [5]);
    assert.equal(out.length, 6);
    assert.deepEqual(out[5], row('3', '^', '下属单位', '单位职责'));
  });

  it('without 序号: an empty cell where every row has its own text means a continuation; a cut merged cell adds to its first row', () => {
    const rows = [row('一级事项', '二级事项', '公开内容'), row('^', '^', '^'), row('^', '^', '^'), row('概况信息', '机构', '名称'), row('^', '领导', '姓名'), row('基本', '下属', '职责'), row('信息', '', '与电话')];
    const out = joinRowsSplitByPages(rows, [6]);
    assert.equal(out.length, 6);
    assert.equal(out[5]![0]!.text, '基本信息');
    assert.equal(out[5]![2]!.text, '职责与电话');
  });

  it('one row a page (Calc, tall rows): an empty 公开主体 continues the merged cell, a label printed lower moves up to it', () => {
    const head = [row('序号', '一级事项', '公开主体', '备注'), row('^', '^', '^', '^')];
    const rows = [...head, row('1', '', '', ''), row('2', '概况', '办公室', ''), row('3', '', '', '')];
    const out = joinRowsSplitByPages(rows, [3, 4], 2);
    assert.deepEqual(out.slice(2), [row('1', '概况', '办公室', ''), row('2', '^', '^', ''), row('3', '^', '^', '')]);
  });

  it('one row a page (Calc): a merged 一级事项 runs to the page whose last row a line closes below, wherever its label is printed', () => {
    const head = [row('序号', '一级事项', '内容'), row('^', '^', '^')];
    // 概况 spans rows 1–3 (label printed on row 2's page), 要闻 rows 4–5 (label on row 5's page).
    const rows = [...head, row('1', '', '甲'), row('2', '概况', '乙'), row('3', '', '丙'), row('4', '', '丁'), row('5', '要闻', '戊')];
    const open = [true, false, true];
    const closed = [true, true, true];
    const closedAbove = new Map([[3, open], [4, open], [5, closed], [6, open]]);
    const out = joinRowsSplitByPages(rows, [3, 4, 5, 6], 2, closedAbove);
    assert.deepEqual(out.slice(2), [row('1', '概况', '甲'), row('2', '^', '乙'), row('3', '^', '丙'), row('4', '要闻', '丁'), row('5', '^', '戊')]);
  });

  it('drops the clipped repeat of a merged label Calc prints again on the next page', () => {
    const head = [row('序号', '一级事项', '内容'), row('^', '^', '^')];
    const rows = [...head, row('1', '概况信息', '甲'), row('2', '况信息', '乙')];
    const out = joinRowsSplitByPages(rows, [3], 2, new Map([[3, [true, false, true]]]));
    assert.deepEqual(out.slice(2), [row('1', '概况信息', '甲'), row('2', '^', '乙')]);
  });

  it('leaves an empty 公开主体 at a page top empty where rows off the page tops leave it empty too', () => {
    const head = [row('序号', '一级事项', '公开主体'), row('^', '^', '^')];
    const rows = [...head, row('1', '概况', '办公室'), row('2', '^', ''), row('3', '^', ''), row('4', '^', ''), row('5', '', '')];
    assert.deepEqual(joinRowsSplitByPages(rows, [6], 2)[6], row('5', '^', ''));
  });

  it('starts a channel box or a numbered 依据 carried over to the next page on a new line', () => {
    const rows = [...header, row('1', '概况', '机构', '1.《条例》'), row('2', '^', '领导', '■政府网站'), row('', '', '', '□两微一端'), row('3', '^', '下属', '职责')];
    assert.equal(joinRowsSplitByPages(rows, [5])[4]![3]!.text, '■政府网站\n□两微一端');
  });
});

describe('pageTable: the lines under the last row of a page', () => {
  it('tells which cells a line closes below: a merged cell the page break cuts has none', () => {
    const xs = [0, 100, 200, 300];
    const h: Segment[] = [0, 30, 60].flatMap((y) => xs.slice(1).map((x, c) => ({ at: y, from: xs[c]!, to: x })));
    const v: Segment[] = xs.map((x) => ({ at: x, from: 0, to: 60 }));
    const lines = { h: h.filter((s) => !(s.at === 60 && s.from === 100)), v };
    const table = pageTable([box('序号', 10, 30, 10), box('1', 10, 20, 40), box('概况', 110, 130, 40), box('甲', 210, 220, 40)], lines)!;
    assert.deepEqual(table.closedBelow, [true, false, true]);
  });
});

describe('dropRepeatedHeader: the header printed again on every page', () => {
  const first = [row('某局目录'), row('序号', '一级事项', '内容'), row('1', '概况', '名称')];

  it('drops the rows that repeat the first page header, whatever stands above it on the first page', () => {
    const page = [row('序号', '一级事项', '内容'), row('2', '^', '地址')];
    assert.deepEqual(dropRepeatedHeader(page, first), { skip: 1, headerEnd: 2 });
  });

  it('carries a merged label Calc centred into the header cell down to the first row under it', () => {
    const page = [row('序号', '一级事项\n基本信息', '内容'), row('2', '', '地址')];
    assert.equal(dropRepeatedHeader(page, first).skip, 1);
    assert.equal(page[1]![1]!.text, '基本信息');
  });

  it('keeps a page whose top row is not the header', () => {
    assert.deepEqual(dropRepeatedHeader([row('2', '^', '地址')], first), { skip: 0, headerEnd: 0 });
  });
});

describe('overflowBelow: a merged label running past the table bottom', () => {
  const xs = [40, 60, 100, 200];
  it('takes the lines right under the bottom ruling inside a column, not a footer further down', () => {
    const taken = overflowBelow([box('信息', 62, 80, 502), box('第 3 页', 120, 150, 560)], xs, 500);
    assert.deepEqual(
      taken.map((t) => [t.column, t.box.str]),
      [[1, '信息']],
    );
  });
});
