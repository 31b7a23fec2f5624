import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CatalogItem } from '../../../src/domain/catalog/catalog.ts';
import { diffCatalogItems, diffIsEmpty } from '../../../src/domain/catalog/versionDiff.ts';
import { carrySourceLabels } from '../../../src/domain/catalog/sourceLabels.ts';

const item = (extra: Partial<CatalogItem> = {}): CatalogItem => ({
  seq: '1', level1: '概况信息', level2: '机构职能', content: '主要职责', basis: ['《中华人民共和国政府信息公开条例》'], timeLimit: '形成之日起20个工作日内',
  subject: '本局', channels: ['政府网站', '政务服务中心'], audience: ['全社会'], mode: ['主动公开'], fiveTypes: null, column: null, category: null, remarks: null,
  ...extra,
});

describe('what the source wrote, across edits and versions (issue 12)', () => {
  it('the version differences do not report labels as written as changes', () => {
    const before = [item(), item({ seq: '2', level2: '领导信息' })];
    const after = [item({ seqLabel: '（一）', channelLabels: { 政府网站: '部门网站' } }), item({ seq: '2', level2: '领导信息', seqLabel: '' })];
    assert.ok(diffIsEmpty(diffCatalogItems(before, after)));
  });

  it('an edit keeps each channel label while its channel is ticked, and the 序号 as printed while the 序号 stays', () => {
    const before = item({ seqLabel: '一', channelLabels: { 政府网站: '部门网站', 政务服务中心: '市民大厅' } });
    const kept = carrySourceLabels(before, item({ content: '主要职责、内设机构' }));
    assert.deepEqual(kept.channelLabels, { 政府网站: '部门网站', 政务服务中心: '市民大厅' });
    assert.equal(kept.seqLabel, '一');
    const changed = carrySourceLabels(before, item({ seq: '3', channels: ['政务服务中心'] }));
    assert.deepEqual(changed.channelLabels, { 政务服务中心: '市民大厅' });
    assert.equal(changed.seqLabel, undefined);
    assert.ok(!('channelLabels' in carrySourceLabels(item(), item())), 'nothing to carry: nothing added');
  });
});
