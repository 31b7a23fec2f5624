import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchItemKeys } from '../../src/domain/catalog/itemKeys.ts';

const counter = () => {
  let n = 0;
  return () => `new${++n}`;
};

describe('matchItemKeys (issue 12: stable items)', () => {
  const previous = [
    { key: 'k1', level1: '概况信息', level2: '机构信息' },
    { key: 'k2', level1: '基本信息', level2: '规范性文件' },
    { key: 'k3', level1: '概况信息', level2: null },
  ];

  it('gives each item the key of the item with the same 一级事项 and 二级事项, whatever the order', () => {
    const next = [previous[2]!, previous[0]!, previous[1]!].map(({ level1, level2 }) => ({ level1, level2 }));
    assert.deepEqual(matchItemKeys(previous, next, counter()), ['k3', 'k1', 'k2']);
  });

  it('falls back on the 二级事项 alone (an item moved under another 一级事项), then on a new key', () => {
    const next = [{ level1: '政策文件', level2: '规范性文件' }, { level1: '概况信息', level2: '领导信息' }];
    assert.deepEqual(matchItemKeys(previous, next, counter()), ['k2', 'new1']);
  });

  it('never gives one key twice, and lets an exact match win over an earlier 二级事项-only match', () => {
    const next = [{ level1: '政策文件', level2: '机构信息' }, { level1: '概况信息', level2: '机构信息' }, { level1: '概况信息', level2: '机构信息' }];
    assert.deepEqual(matchItemKeys(previous, next, counter()), ['new1', 'k1', 'new2']);
  });

  it('does not match items without a 二级事项 by their empty 二级事项 alone', () => {
    assert.deepEqual(matchItemKeys(previous, [{ level1: '重点领域', level2: null }], counter()), ['new1']);
  });
});
