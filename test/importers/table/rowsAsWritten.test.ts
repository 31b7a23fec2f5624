/**
 * Placement pass: a row with one cell per header column stands as written, and the texts and ticks of columns the
 * form's vocabulary does not name (公开层级, 更新频率) are remembered like the named ones, so a shifted row keeps them there.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { interpretTable } from '../../../src/importers/table/interpretTable.ts';

const table = (rows: string[][]) => ({ before: [], after: [], rows: rows.map((r) => r.map((text) => ({ text }))) });
const marksOf = (rows: string[][]) => interpretTable(table(rows)).catalog.items.map((i) => [i.audience, i.mode]);

// 公开层级 (县级 | 乡、村级) is a tick column pair the form's vocabulary does not name.
const H1 = ['序号', '公开事项', '', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '', '公开方式', '', '公开层级', ''];
const H2 = ['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群体', '主动', '依申请', '县级', '乡、村级'];
const WHOLE = ['1', '综合业务', '政策法规文件', '各地配套政策法规文件', '《社会救助暂行办法》', '10个工作日内', '民政局', '■政府网站', '√', '', '√', '', '√', '√'];

describe('rows as written', () => {
  it('keeps the ticks of a row with one cell per column in their columns (公开层级 ticks stay out of 特定群体 and 依申请)', () => {
    assert.deepEqual(marksOf([H1, H2, WHOLE]), [[['全社会'], ['主动公开']]]);
  });

  it('still realigns a row with one cell per column whose cells cannot stand as written (a number under 一级事项)', () => {
    const shifted = ['2', '3', '', '监督检查', '投诉举报电话', '《社会救助暂行办法》', '10个工作日内', '民政局', '■政府网站', '√', '', '√', '', ''];
    const items = interpretTable(table([H1, H2, WHOLE, shifted])).catalog.items;
    assert.equal(items[1]!.level1 === '3', false);
  });

  it('realigns a row with one cell per column when its merged 一级事项 was dropped and an empty cell added at the end', () => {
    const header = ['序号', '公开事项', '公开内容', '公开时限', '公开主体', '公开渠道'];
    const limit = '信息形成或者变更之日起20个工作日内予以调整';
    const rows = [
      ['1', '服务信息', '医保、价格、收费', limit, '各医疗机构', '现场'],
      ['2', '科室分布、人员标识', limit, '各医疗机构', '现场', ''],
    ];
    const item = interpretTable(table([header, ...rows])).catalog.items[1]!;
    assert.deepEqual([item.content, item.timeLimit, item.subject], ['科室分布、人员标识', limit, '各医疗机构']);
  });

  it('keeps the ticks of a row whose merged 一级事项 the extraction dropped under the unnamed columns the row above ticked', () => {
    const merged = ['2', '监督检查', '投诉举报电话', '《社会救助暂行办法》', '10个工作日内', '民政局', '■政府网站', '√', '', '√', '', '√', '√', '', ''];
    assert.deepEqual(marksOf([H1, H2, WHOLE, merged]), [
      [['全社会'], ['主动公开']],
      [['全社会'], ['主动公开']],
    ]);
  });

  it('keeps a repeated 更新频率 text in its unnamed column when the row\'s merged 公开依据 was dropped', () => {
    const header = ['序号', '一级事项', '二级事项', '公开内容', '公开时限', '公开依据', '更新频率', '公开渠道', '责任科室'];
    const first = ['1', '政府信息公开管理', '政府信息公开指南', '【年份版本】', '信息形成之日起20个工作日内', '《政府信息公开条例》第四条', '1次/年', '政府网站', '办公室'];
    const next = ['2', '政府信息公开年报', '【总体情况】', '信息形成之日起20个工作日内', '1次/年', '政府网站', '办公室', '', ''];
    const items = interpretTable(table([header, first, next])).catalog.items;
    assert.deepEqual(items[1]!.basis, ['《政府信息公开条例》第四条']);
  });
});
