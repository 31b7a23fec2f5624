import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bigrams, normalizeText, textRuns } from '../../src/domain/search/normalize.ts';
import { indexTokens, MAX_QUERY_TERMS, queryTerms } from '../../src/domain/search/tokens.ts';
import { highlightAll, snippet } from '../../src/domain/search/highlight.ts';
import { jiebaSegmenter, tokenizeForIndex } from '../../src/app/search/tokenizer.ts';

describe('search tokens (pure)', () => {
  it('normalises full-width and case one unit to one unit', () => {
    assert.equal(normalizeText('ＰＤＦ版　２０２６年Word'), 'pdf版 2026年word');
    assert.equal(normalizeText('ＡＢＣ').length, 3);
  });

  it('cuts runs of Han characters and of letters/digits; punctuation separates', () => {
    assert.deepEqual(textRuns(normalizeText('医保"报销" AND (x*) ２０２６-00012')).map((r) => r.text), ['医保', '报销', 'and', 'x', '2026', '00012']);
    assert.deepEqual(bigrams('政府信息'), ['政府', '府信', '信息']);
    assert.deepEqual(bigrams('县'), ['县']);
  });

  it('indexes bigrams plus the segmenter’s longer and single-character words', () => {
    const tokens = indexTokens('医疗保障局公示', () => ['医疗', '保障', '医疗保障', '局', '公示']);
    assert.deepEqual(tokens, ['医疗', '疗保', '保障', '障局', '局公', '公示', '医疗保障', '局']);
  });

  it('turns any query into plain AND terms, bounded in number', () => {
    assert.deepEqual(queryTerms('医保报销').terms, ['医保', '保报', '报销']);
    assert.deepEqual(queryTerms('"医保" NEAR(报销) -公示 OR x:y \\').terms, ['医保', 'near', '报销', '公示', 'or', 'x', 'y']);
    assert.deepEqual(queryTerms('  ，。！？*()  ').terms, []);
    assert.equal(queryTerms('医'.repeat(500)).terms.length, 1);
    assert.equal(queryTerms(Array.from({ length: 500 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('')).terms.length, MAX_QUERY_TERMS);
  });
});

describe('highlighting', () => {
  it('marks whole phrases, falls back to bigrams, and escapes everything else', () => {
    assert.equal(highlightAll('<b>医保</b>报销', ['医保', '报销']), '&lt;b&gt;<mark>医保</mark>&lt;/b&gt;<mark>报销</mark>');
    assert.equal(highlightAll('门诊报销比例', ['门诊比例']), '<mark>门诊</mark>报销<mark>比例</mark>');
    assert.equal(highlightAll('ＰＤＦ文件', ['pdf']), '<mark>ＰＤＦ</mark>文件');
  });

  it('makes a window around the first match', () => {
    const text = '甲'.repeat(200) + '医保报销' + '乙'.repeat(200);
    const out = snippet(text, ['报销'], 40);
    assert.match(out, /^…甲+医保<mark>报销<\/mark>乙+…$/);
    assert.equal(snippet('<script>x</script>', ['无']), '&lt;script&gt;x&lt;/script&gt;');
  });
});

describe('jieba tokenizer', () => {
  it('indexes 2-character words, longer words and unknown names', () => {
    const tokens = tokenizeForIndex('中卫市医疗保障局关于城乡居民医保门诊报销的公示（沙坡头区）');
    for (const word of ['医保', '报销', '公示', '中卫', '坡头', '保障局', '城乡居民', '沙坡头区']) assert.ok(tokens.includes(word), word);
    assert.ok(jiebaSegmenter('医疗保障局').includes('医疗'));
  });
});
