/** Wrap-boundary pass on small grids: a wrapped line a text reader put on the wrong side of a row boundary. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { interpretTable } from '../../../src/importers/table/interpretTable.ts';
import type { SourceTable } from '../../../src/importers/table/grid.ts';

const HEADER = ['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '网站所属栏目'];
const table = (rows: string[][]): SourceTable => ({ before: [], after: [], rows: [HEADER, ...rows].map((r) => r.map((text) => ({ text }))) });
const FIRST = ['6', '公共服务', '医疗费用\n结算', '结算流程', '《条例》', '20个工作日内', '政务大厅', ''];

describe('wrap-boundary pass', () => {
  it('gives a sibling 二级事项 back the first line it shares with the name above (医疗保险 / 个人权益)', () => {
    const { catalog } = interpretTable(table([
      FIRST,
      ['', '', '医疗保险\n个人权益\n查询', '查询流程及方式公开\n医疗保险', '', '', '', ''],
      ['', '', '个人权益\n电话号码\n更改', '办理流程及方式', '', '', '', ''],
    ]));
    assert.deepEqual(catalog.items.map((i) => [i.level2, i.content]), [
      ['医疗费用结算', '结算流程'],
      ['医疗保险个人权益查询', '查询流程及方式公开'],
      ['医疗保险个人权益电话号码更改', '办理流程及方式'],
    ]);
  });

  it('gives a 栏目 back the end of the name it broke off (…栏目建议 / 提案办理 under 建议提案办理)', () => {
    const { catalog } = interpretTable(table([
      FIRST,
      ['', '', '建议提案\n办理', '提案办理结果', '', '', '', '局网站-\n后台栏目建议'],
      ['', '', '提案办理\n业务工作', '协议医疗机构', '', '', '', '局网站-\n业务工作栏目'],
    ]));
    assert.deepEqual(catalog.items.slice(1).map((i) => [i.level2, i.column]), [
      ['建议提案办理', '局网站-后台栏目建议提案办理'],
      ['业务工作', '局网站-业务工作栏目'],
    ]);
  });

  it('leaves rows alone where the lines do not repeat their neighbours', () => {
    const { catalog } = interpretTable(table([
      FIRST,
      ['', '', '医疗保险\n个人权益\n查询', '查询流程及方式公开\n医疗保险', '', '', '', ''],
      ['', '', '电话号码\n更改', '办理流程及方式', '', '', '', ''],
      ['', '', '建议提案\n办理', '提案办理结果', '', '', '', '后台栏目建议'],
      ['', '', '答复\n业务工作', '协议医疗机构', '', '', '', '业务工作栏目'],
    ]));
    assert.deepEqual(catalog.items.slice(1).map((i) => [i.level2, i.content, i.column]), [
      ['医疗保险个人权益查询', '查询流程及方式公开医疗保险', null],
      ['电话号码更改', '办理流程及方式', null],
      ['建议提案办理', '提案办理结果', '后台栏目建议'],
      ['答复业务工作', '协议医疗机构', '业务工作栏目'],
    ]);
  });
});
