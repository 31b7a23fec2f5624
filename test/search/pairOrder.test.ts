import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rankCandidates, compareRanks, type RankFields } from '../../src/domain/search/rank.ts';
import { segmentQuery } from '../../src/domain/search/segment.ts';

/** A catalog item as searchCatalog ranks it: 二级事项 as title, 一级事项 and the agency as metadata, 公开内容 as body. */
const item = (level1: string, level2: string, content: string): RankFields => ({
  title: level2, number: '', metadata: `${level1}\n石嘴山市大武口区医疗保障局`, body: content, attachments: '',
});
const order = (candidates: RankFields[], query: string) => {
  const ranks = rankCandidates(candidates, segmentQuery(query), query);
  return candidates.map((_, i) => i).sort((a, b) => compareRanks(ranks[a]!, ranks[b]!));
};

describe('consecutive query words in order (pure)', () => {
  it('counts the stop words a query dropped between two words (医疗保障方面的政策), not words far apart', () => {
    const laws = item('部门文件', '政策法规', '与区医保局履职相关的法律法规、规范性文件等');
    const policies = item('政策文件', '其他政策文件', '医疗保障方面的政策、措施及实施情况');
    assert.deepEqual(order([laws, policies], '大武口区医保局公开的医疗保障方面的政策在哪里能查到'), [1, 0]);
    const apart = item('政策文件', '其他政策文件', '医疗保障的各项措施及实施情况，相关政策');
    assert.deepEqual(order([apart, policies], '医疗保障方面的政策'), [1, 0]);
  });
});
