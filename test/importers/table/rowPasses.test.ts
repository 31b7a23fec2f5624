/** Placement, continuation, merge and item passes on small hand-made rows. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { continuePrevious } from '../../../src/importers/table/continuationPass.ts';
import { expand, newDraft, type Draft } from '../../../src/importers/table/draft.ts';
import { fieldOfLabel } from '../../../src/importers/table/headerVocabulary.ts';
import { toItem } from '../../../src/importers/table/itemPass.ts';
import { resolveMerges } from '../../../src/importers/table/mergePass.ts';
import { placeRow, slotsOf } from '../../../src/importers/table/placementPass.ts';
import type { ImportFinding } from '../../../src/importers/table/grid.ts';

const HEADER = ['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '主动公开', '依申请公开'];
const slots = slotsOf(HEADER.map(fieldOfLabel));
const place = (cells: string[], rowIndex = 0) => placeRow(expand(cells.map((text) => ({ text }))), slots, rowIndex);
const draftWith = (own: Draft['own'], seq: string | null = null): Draft => ({ ...newDraft(0), own, seq, ...(seq ? { seqText: seq } : {}) });

describe('placement pass', () => {
  it('places a row that is in its columns where it is, ticks as marks', () => {
    const { draft, moved } = place(['1', '机构信息', '机构职能', '职责', '《条例》', '20个工作日内', '办公室', '■政府网站', '√', '']);
    assert.equal(moved, false);
    assert.equal(draft.own.level2, '机构职能');
    assert.equal(draft.own.channels, '■政府网站');
    assert.deepEqual([...draft.mode], ['主动公开']);
  });

  it('does not count the virtual second 序号 slot as a moved cell (our own export re-imported)', () => {
    const header = ['序号', '一级事项', '二级事项', '公开内容'];
    const { moved } = placeRow(expand(['1', '概况信息', '机构职能', '职责'].map((text) => ({ text }))), slotsOf(header.map(fieldOfLabel)), 0);
    assert.equal(moved, false);
  });

  it('puts back a row whose empty 公开主体 cell extraction dropped', () => {
    const { draft, moved } = place(['1', '机构信息', '机构职能', '职责', '《条例》', '20个工作日内', '■政府网站 □政府公报', '', '√']);
    assert.equal(moved, true);
    assert.equal(draft.own.subject, undefined);
    assert.equal(draft.own.channels, '■政府网站 □政府公报');
    assert.deepEqual([...draft.mode], ['依申请公开']);
  });

  it('reads a 序号 printed after the 一级事项 (a second number column without a header)', () => {
    const { draft } = place(['一', '概况信息', '1', '机构信息', '名称、地址', '《条例》', '20个工作日内', '办公室', '■政府网站', '√', '']);
    assert.equal(draft.own.seq, '一');
    assert.equal(draft.own.seq2, '1');
    assert.equal(draft.own.level2, '机构信息');
  });
});

describe('continuation pass', () => {
  it('folds a row with no item of its own into the row above (cells wrapped over a page break)', () => {
    const prev = draftWith({ seq: '1', level2: '机构职能', basis: '《中华人民共和国政府信' }, '1');
    const findings: ImportFinding[] = [];
    assert.equal(continuePrevious(prev, draftWith({ basis: '息公开条例》' }), findings), true);
    assert.equal(prev.own.basis, '《中华人民共和国政府信\n息公开条例》');
    assert.equal(findings.length, 1);
  });

  it('joins further 公开内容 under the same merged cells with ；', () => {
    const prev = draftWith({ level2: '医疗费用结算', content: '参保人员费用结算流程' }, '6');
    assert.equal(continuePrevious(prev, draftWith({ content: '现金垫付医疗费用结算流程' }), []), true);
    assert.equal(prev.own.content, '参保人员费用结算流程；现金垫付医疗费用结算流程');
  });

  it('keeps a row with its own 二级事项 as an item, moving only a cut 公开时限 tail back', () => {
    const prev = draftWith({ level2: '机构职能', content: '职责', timeLimit: '信息形成或者' }, '1');
    const next = draftWith({ seq: '2', level2: '领导信息', content: '姓名', timeLimit: '变更之日起20个工作日内' });
    assert.equal(continuePrevious(prev, next, []), false);
    assert.equal(prev.own.timeLimit, '信息形成或者\n变更之日起20个工作日内');
    assert.equal(next.own.timeLimit, undefined);
  });
});

describe('merge pass', () => {
  it('inherits empty cells of the merged columns in a text without merge marks, and the 序号 as printed blank', () => {
    const rows = resolveMerges([draftWith({ seq: '1', level1: '概况信息', level2: '机构职能', subject: '办公室' }, '1'), draftWith({ level2: '领导信息' })], false);
    assert.equal(rows[1]!.value.level1, '概况信息');
    assert.equal(rows[1]!.value.subject, '办公室');
    assert.equal(rows[1]!.seq, '1');
    assert.equal(rows[1]!.seqText, '');
  });

  it('keeps a merged cell inside its 序号 group where the 序号 spans the group’s rows (金凤: no 栏目 carried into group 6)', () => {
    const rows = resolveMerges(
      [
        draftWith({ seq: '5', level1: '政务公开', level2: '公告公示', column: '概况信息栏目' }, '5'),
        draftWith({ level2: '工作总结' }),
        draftWith({ seq: '6', level1: '公共服务', level2: '医疗费用结算' }, '6'),
        draftWith({ level2: '城乡居民基本医疗保险' }),
      ],
      false,
    );
    assert.deepEqual(rows.map((r) => r.value.column ?? null), ['概况信息栏目', '概况信息栏目', null, null]);
    assert.equal(rows[3]!.value.level1, '公共服务');
  });

  it('inherits only the cells a reader marked merged where the reader knows merges', () => {
    const second = draftWith({ level2: '领导信息' });
    second.mergedKinds.add('level1');
    const rows = resolveMerges([draftWith({ level1: '概况信息', level2: '机构职能', subject: '办公室' }, '1'), second], true);
    assert.equal(rows[1]!.value.level1, '概况信息');
    assert.equal(rows[1]!.value.subject, undefined);
  });
});

describe('item pass', () => {
  const context = { hasMode: true, hasFive: false, modeFallback: null };

  it('cleans text, strips the 一级事项 enumerator, keeps 序号 and channel labels as printed', () => {
    const draft = draftWith({ level1: '一、概况\n信息', level2: '机构 职能', channels: '■部门网站 □两微一端' }, '1');
    draft.mode.add('主动公开');
    const item = toItem({ value: draft.own, seq: '1', seqText: '（一）', ownChannels: true }, draft, context);
    assert.equal(item.level1, '概况信息');
    assert.equal(item.level2, '机构职能');
    assert.deepEqual(item.channels, ['政府网站']);
    assert.deepEqual(item.channelLabels, { 政府网站: '部门网站' });
    assert.equal(item.seqLabel, '（一）');
    assert.deepEqual(item.mode, ['主动公开']);
    assert.equal(item.fiveTypes, null);
  });

  it('has no seqLabel for plain digits, nor channel labels for the standard names', () => {
    const draft = draftWith({ level1: '概况信息', channels: '■政府网站' }, '3');
    const item = toItem({ value: draft.own, seq: '3', seqText: '3', ownChannels: true }, draft, context);
    assert.equal('seqLabel' in item, false);
    assert.equal('channelLabels' in item, false);
  });
});
