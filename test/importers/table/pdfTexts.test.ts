/** PDF text as pdftotext prints it: -layout (cells side by side by position) and -raw (cells one after another). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importText, readTextTable } from '../../../src/importers/importCatalogText.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A laid-out line: each text starts at its column (one character = one column, as pdftotext prints). */
function at(...cells: [number, string][]): string {
  let line = '';
  for (const [x, text] of cells) line = `${line.padEnd(x)}${line.length > x ? ' ' : ''}${text}`;
  return line;
}
const C = { seq: 0, l1: 5, l2: 14, content: 23, basis: 37, time: 50, subject: 62, channels: 71, all: 84, some: 89, pro: 94, req: 99 };
const HEADER = [
  at([C.seq, '序号'], [C.l1 + 3, '公开事项'], [C.content, '公开内容'], [C.basis, '公开依据'], [C.time, '公开时限'], [C.subject, '公开主体'], [C.channels, '公开渠道和载体'], [C.all + 1, '公开对象'], [C.pro + 1, '公开方式']),
  at([C.l1, '一级事项'], [C.l2, '二级事项'], [C.all, '全社'], [C.some, '特定'], [C.pro, '主动'], [C.req, '依申']),
  at([C.all, '会'], [C.some, '群体'], [C.req, '请']),
];
const LAYOUT = [
  at([30, '某县医疗保障局政务公开事项目录']),
  '责任单位：某县医疗保障局 填表人：张三 复核人：李四 审签人：王五 填表时间：2025 年 3 月 18 日',
  '政府信息：主动公开一级事项 1 项，二级事项 3 项；依申请公开二级事项 0 项',
  ...HEADER,
  at([C.seq, '1'], [C.l1, '概况信息'], [C.l2, '机构职能'], [C.content, '机构名称、办公地址、'], [C.basis, '《中华人民共和国政'], [C.time, '形成或变更之'], [C.subject, '某县医疗'], [C.channels, '■政府网站'], [C.all, '√'], [C.pro, '√']),
  at([C.content, '办公电话'], [C.basis, '府信息公开条例》'], [C.time, '日起 20 个工作'], [C.subject + 1, '保障局'], [C.channels, '□两微一端']),
  at([C.time, '日内']),
  at([C.seq, '2'], [C.l2, '领导信息'], [C.content, '领导姓名、职务'], [C.basis, '《中华人民共和国政'], [C.time, '形成或变更之'], [C.subject, '某县医疗'], [C.channels, '■政府网站'], [C.some + 1, '√'], [C.pro + 1, '√']),
  at([C.basis, '府信息公开条例》'], [C.time, '日起 20 个工作'], [C.subject + 1, '保障局'], [C.channels, '□两微一端']),
  ...HEADER,
  at([C.time, '日内']),
  at([C.seq, '3'], [C.l2, '内设机构'], [C.content, '科室名称'], [C.basis, '《中华人民共和国政'], [C.time, '即时公开'], [C.subject, '某县医疗'], [C.channels, '■政府网站'], [C.all, '√'], [C.req, '√']),
  at([C.basis, '府信息公开条例》'], [C.subject, '保障局'], [C.channels, '□两微一端']),
].join('\n');

const RAW = [
  '某县医疗保障局政务公开事项目录',
  '政府信息：主动公开一级事项 1 项，二级事项 2 项；依申请公开二级事项 0 项',
  '序号 公开事项 公开内容 公开依据 公开时限 公开主体 公开渠道和载体 网站所属栏目',
  '一级事项 二级事项',
  '1 概况信',
  '息',
  '机构职能 机构名称、办公地址、',
  '办公电话',
  '《中华人民共和国政',
  '府信息公开条例》',
  '形成或变更之',
  '日起 20 个工作',
  '日内',
  '某县医疗',
  '保障局',
  '■政府网站',
  '□两微一端',
  '政府网站/概况',
  '信息/机构职能',
  '序号 公开事项 公开内容 公开依据 公开时限 公开主体 公开渠道和载体 网站所属栏目',
  '一级事项 二级事项',
  '2 领导信息 领导姓名、职务、',
  '分管工作',
  '《中华人民共和国政',
  '府信息公开条例》',
  // A one-line cell has the row's next cell beside it: -raw prints both on the cells' first baseline.
  '即时公开 某县医疗',
  '保障局',
  '■政府网站',
  '□两微一端',
  '政府网站/概况',
  '信息/领导信息',
].join('\n');

describe('pdftotext -layout text', () => {
  it('reads cells by position, a row split by a repeated header, and ticks under their columns', () => {
    const { catalog } = importText(utf8(LAYOUT));
    assert.equal(catalog.title, '某县医疗保障局政务公开事项目录');
    assert.equal(catalog.preparer, '张三');
    assert.deepEqual(catalog.items.map((i) => [i.seq, i.level1, i.level2]), [
      ['1', '概况信息', '机构职能'],
      ['2', '概况信息', '领导信息'],
      ['3', '概况信息', '内设机构'],
    ]);
    const [a, b, c] = catalog.items;
    assert.equal(a!.content, '机构名称、办公地址、办公电话');
    assert.deepEqual(a!.basis, ['《中华人民共和国政府信息公开条例》']);
    assert.equal(a!.timeLimit, '形成或变更之日起20个工作日内');
    assert.equal(a!.subject, '某县医疗保障局');
    assert.deepEqual(a!.channels, ['政府网站']);
    assert.deepEqual([a!.audience, a!.mode], [['全社会'], ['主动公开']]);
    assert.deepEqual([b!.audience, b!.mode], [['特定群体'], ['主动公开']]);
    assert.equal(b!.timeLimit, '形成或变更之日起20个工作日内');
    assert.deepEqual([c!.audience, c!.mode], [['全社会'], ['依申请公开']]);
    assert.deepEqual(catalog.columns?.map((col) => [col.field, col.label, col.group ?? null, col.parts ?? null]), [
      ['seq', '序号', null, null],
      ['level1', '一级事项', '公开事项', null],
      ['level2', '二级事项', '公开事项', null],
      ['content', '公开内容', null, null],
      ['basis', '公开依据', null, null],
      ['timeLimit', '公开时限', null, null],
      ['subject', '公开主体', null, null],
      ['channels', '公开渠道和载体', null, null],
      ['audience', '公开对象', null, ['全社会', '特定群体']],
      ['mode', '公开方式', null, ['主动', '依申请']],
    ]);
  });
});

describe('pdftotext -raw text', () => {
  it('reads cells that wrap beside the 序号 (top-aligned) and drops the header repeated after a page break', () => {
    const table = readTextTable(RAW);
    assert.ok(table);
    const { catalog } = importText(utf8(RAW));
    assert.equal(catalog.title, '某县医疗保障局政务公开事项目录');
    assert.equal(catalog.declaredText, '政府信息：主动公开一级事项 1 项，二级事项 2 项；依申请公开二级事项 0 项');
    assert.deepEqual(catalog.items.map((i) => [i.seq, i.level1, i.level2, i.content]), [
      ['1', '概况信息', '机构职能', '机构名称、办公地址、办公电话'],
      ['2', '概况信息', '领导信息', '领导姓名、职务、分管工作'],
    ]);
    assert.equal(catalog.items[0]!.column, '政府网站/概况信息/机构职能');
    assert.equal(catalog.items[1]!.timeLimit, '即时公开');
    assert.equal(catalog.items[1]!.subject, '某县医疗保障局');
  });
});
