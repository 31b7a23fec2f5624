import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rankCandidates, compareRanks, type RankFields } from '../../src/domain/search/rank.ts';
import { segmentQuery } from '../../src/domain/search/segment.ts';

const doc = (title: string, body: string): RankFields => ({ title, number: '', metadata: '', body, attachments: '' });
const order = (docs: RankFields[], query: string) => {
  const ranks = rankCandidates(docs, segmentQuery(query), query);
  return docs.map((_, i) => i).sort((a, b) => compareRanks(ranks[a]!, ranks[b]!));
};

describe('title coverage (pure)', () => {
  it('ranks the document whose title holds more of the query words above one that repeats them in its body', () => {
    const titled = doc('关于职工基本医疗保险门诊共济保障机制的通知', '提高报销比例。');
    const bodyOnly = doc('关于规范门诊慢特病管理的通知', '门诊慢特病报销比例：职工医保80%，门诊报销比例提高，职工医保报销比例按病种确定，报销比例不设起付线，门诊慢特病待遇。');
    assert.deepEqual(order([bodyOnly, titled], '职工医保门诊报销比例'), [1, 0]);
  });

});
