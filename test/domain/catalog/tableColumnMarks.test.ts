import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markTicked, tickedMarkLabels, type TableColumn } from '../../../src/domain/catalog/tableColumns.ts';

const AUDIENCE = [{ name: '全社会', ticked: true }, { name: '特定群体', ticked: false }];
const MODE = [{ name: '主动公开', ticked: true }, { name: '依申请公开', ticked: true }];

const column = (parts: TableColumn['parts']): TableColumn => ({ field: 'mode', label: '公开方式', group: null, parts });

describe('a mark column\'s ticks (shared by the catalog table and its phone cards)', () => {
  it('tells a ticked value from an unticked or missing one', () => {
    assert.equal(markTicked(AUDIENCE, '全社会'), true);
    assert.equal(markTicked(AUDIENCE, '特定群体'), false);
    assert.equal(markTicked(AUDIENCE, '不存在'), false);
    assert.equal(markTicked(null, '全社会'), false, 'an item without 五公开 marks ticks nothing');
  });

  it('names ticked marks by the sub-column labels as written, in the columns\' order', () => {
    const written = column([{ label: '依申请', value: '依申请公开' }, { label: '主动', value: '主动公开' }]);
    assert.deepEqual(tickedMarkLabels(written, MODE), ['依申请', '主动']);
    assert.deepEqual(tickedMarkLabels(written, [{ name: '主动公开', ticked: false }, { name: '依申请公开', ticked: true }]), ['依申请']);
  });

  it('names them by their values where the column has no sub-columns, and nothing for no marks', () => {
    assert.deepEqual(tickedMarkLabels(column(null), MODE), ['主动公开', '依申请公开']);
    assert.deepEqual(tickedMarkLabels(column(null), AUDIENCE), ['全社会']);
    assert.deepEqual(tickedMarkLabels(column(null), null), []);
  });
});
