import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COLLOQUIAL_WORDS } from '../../src/domain/search/data/colloquial.ts';
import { segmentQuery } from '../../src/domain/search/segment.ts';

const formsOf = (query: string) => segmentQuery(query).map((w) => w.forms);

describe('colloquial words (data/colloquial.ts)', () => {
  it('matches the official words notices use for what people type', () => {
    assert.ok(formsOf('城乡居民医保一年交多少钱').some((forms) => forms.includes('缴费标准')));
    assert.ok(formsOf('看病的钱怎么报账').some((forms) => forms.includes('报销')));
    assert.ok(formsOf('小孩怎么上医保').some((forms) => forms.includes('参保')));
  });

  it('widens one way: an official word never matches the colloquial one', () => {
    for (const [colloquial, officials] of COLLOQUIAL_WORDS) {
      for (const official of officials) {
        const word = segmentQuery(official).find((w) => w.text === official);
        assert.ok(!word?.forms.includes(colloquial), `${official} → ${colloquial}`);
      }
    }
  });

  it('lists at least ten words, each mapped to other words', () => {
    assert.ok(COLLOQUIAL_WORDS.length >= 10);
    for (const [colloquial, officials] of COLLOQUIAL_WORDS) assert.ok(officials.length > 0 && !officials.includes(colloquial), colloquial);
  });
});
