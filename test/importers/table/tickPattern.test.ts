/** Placement pass: a shifted row's ticks follow the tick pattern of the last row in place (tick columns differ only by position). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { interpretTable } from '../../../src/importers/table/interpretTable.ts';
import { expand } from '../../../src/importers/table/draft.ts';
import { fieldOfLabel } from '../../../src/importers/table/headerVocabulary.ts';
import { placeRow, slotsOf } from '../../../src/importers/table/placementPass.ts';

const H1 = ['序号', '公开事项', '', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '', '公开方式', '', '备注', ''];
const H2 = ['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群体', '主动公开', '依申请公开', '', ''];
const IN_PLACE = ['五', '综合管理', '23', '规划计划', '年度计划', '《条例》', '20个工作日内', '医保局', '■政府网站', '√', '', '√', '', ''];
const marksOf = (rows: string[][]) =>
  interpretTable({ before: [], after: [], rows: [H1, H2, ...rows].map((r) => r.map((text) => ({ text }))) }).catalog.items.map((i) => [i.audience, i.mode]);

const FLAT = ['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '全社会', '特定群体', '主动公开', '依申请公开', '网站所属栏目'];
const slots = slotsOf(FLAT.map(fieldOfLabel));
const row = (cells: string[]) => expand(cells.map((text) => ({ text })));

describe('tick pattern of the rows in place', () => {
  it('puts the one tick left after a channel list shifted three columns under the column the rows above tick first', () => {
    const shifted = ['', '', '27', '参保登记', '事项名称', '', '', '', '《条例》', '20个工作日内', '医保局', '■政府网站', '√', ''];
    assert.deepEqual(marksOf([IN_PLACE, shifted]), [[['全社会'], ['主动公开']], [['全社会'], []]]);
  });

  it('moves a √ _ √ run spaced like the row above onto that row\'s columns (a √ fell under 网站所属栏目)', () => {
    const seen: Set<string>[] = [];
    const ticks = new Set<number>();
    placeRow(row(['18', '部门文件', '其他应公开的文件', '工作总结', '《条例》', '即时公开', '医保局', '■政府网站', '√', '', '√', '', '市政府网站/部门文件']), slots, 0, seen, ticks);
    const { draft } = placeRow(row(['19', '', '', '人大议案和政协提案办理结果', '', '', '', '', '', '', '√', '', '√']), slots, 1, seen, ticks);
    assert.deepEqual([[...draft.audience], [...draft.mode]], [['全社会'], ['主动公开']]);
  });

  it('does not count a channel cell\'s ticked box list among the row\'s ticks (a structured reader\'s check-boxes)', () => {
    const seen: Set<string>[] = [];
    const ticks = new Set<number>();
    const boxes = [{ checked: true, label: '政府网站' }, { checked: false, label: '政府公报' }];
    const cells = (texts: string[], boxAt: number) => expand(texts.map((text, i) => (i === boxAt ? { text, checkboxes: boxes } : { text })));
    placeRow(cells(['18', '部门文件', '其他应公开的文件', '工作总结', '《条例》', '即时公开', '医保局', '政府网站 政府公报', '√', '', '√', '', '市政府网站/部门文件'], 7), slots, 0, seen, ticks);
    const { draft } = placeRow(cells(['19', '', '', '人大议案和政协提案办理结果', '', '', '', '政府网站 政府公报', '', '', '√', '', '√'], 7), slots, 1, seen, ticks);
    assert.deepEqual([[...draft.audience], [...draft.mode]], [['全社会'], ['主动公开']]);
  });

  it('keeps ticks spaced otherwise where the row\'s own alignment puts them', () => {
    const seen: Set<string>[] = [];
    const ticks = new Set<number>();
    placeRow(row(['22', '重点工作', '医保医用耗材', '动态调整', '《条例》', '即时公开', '医保局', '■政府网站', '', '√', '', '√', '市政府网站/重点工作']), slots, 0, seen, ticks);
    const { draft } = placeRow(row(['24', '', '医保医疗服务', '动态调整', '《条例》', '即时公开', '医保局', '■政府网站', '√', '', '', '', '√', '市政府网站/重点工作']), slots, 1, seen, ticks);
    assert.deepEqual([...draft.audience], ['全社会']);
  });
});
