import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bigrams, normalizeText, textRuns } from '../../src/domain/search/normalize.ts';
import { documentTokens, ngramKey, SEPARATOR, MAX_OCCURRENCES, MAX_POSITIONS, MAX_QUERY_TERMS, queryTerms } from '../../src/domain/search/tokens.ts';
import { highlightAll, snippet } from '../../src/domain/search/highlight.ts';
import { documentTokens as tokenizeForIndex } from '../../src/domain/search/tokens.ts';

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

  it('indexes bigrams and words in text order, and the last character of every run in the bag', () => {
    const { title, all } = documentTokens('医疗保障局公示', 'PDF版，县。信息');
    assert.deepEqual(title.stream, ['医疗', '疗保', '保障', '障局', '局公', '公示']);
    assert.deepEqual(title.bag, ['示']);
    assert.deepEqual(title.ngrams, ['医疗保', '疗保障', '保障局', '障局公', '局公示', '医疗保障', '疗保障局', '保障局公', '障局公示'].map(ngramKey));
    assert.deepEqual(all.stream, ['医疗', '疗保', '保障', '障局', '局公', '公示', SEPARATOR, 'pdf', SEPARATOR, '信息']);
    assert.deepEqual(all.bag.sort(), ['县', '版', '示', '息'].sort());
  });

  it('keeps PostgreSQL’s position limits on both engines: 16,000 positions, 255 occurrences a token, the rest in the bag', () => {
    const { all } = documentTokens('', '医保'.repeat(300) + '。' + Array.from({ length: MAX_POSITIONS }, (_, i) => String.fromCharCode(0x4e00 + i)).join(''));
    assert.equal(all.stream.length, MAX_POSITIONS);
    assert.equal(all.stream.filter((t) => t === '医保').length, MAX_OCCURRENCES);
    assert.ok(all.bag.length > 0 && all.bag.every((t) => !all.stream.includes(t)));
  });

  it('turns any query into words of plain tokens: phrases for Han words, prefixes for one character, bounded in number', () => {
    const alternatives = (query: string) => queryTerms(query).match.map((w) => w.alternatives);
    assert.deepEqual(queryTerms('医保报销').terms, ['医保', '报销']);
    assert.deepEqual(queryTerms('医保报销').match.map((w) => w.forms), [['医保', '医疗保障', '医疗保险'], ['报销']]);
    assert.deepEqual(alternatives('保障局')[0], [{ tokens: ['保障', '障局'], prefix: false, ngrams: [ngramKey('保障局')] }]);
    assert.deepEqual(alternatives('政策 公开 县 PDF'), [
      [{ tokens: ['政策'], prefix: false, ngrams: [] }], [{ tokens: ['公开'], prefix: false, ngrams: [] }], [{ tokens: ['pdf'], prefix: false, ngrams: [] }],
    ]);
    assert.deepEqual(queryTerms('政策 公开 县 PDF').words.map((w) => [w.text, w.optional]), [['政策', false], ['公开', false], ['县', true], ['pdf', false]],
      'a single character beside other words is optional: ranked, not required');
    assert.deepEqual(alternatives('县'), [[{ tokens: ['县'], prefix: true, ngrams: [] }]]);
    assert.deepEqual(queryTerms('"医保" NEAR(报销) -公示 OR x:y \\').terms, ['医保', 'near', '报销', '公示', 'or', 'x', 'y']);
    assert.deepEqual(queryTerms('  ，。！？*()  ').terms, []);
    assert.equal(queryTerms('医'.repeat(500)).terms.length, 1);
    assert.equal(queryTerms(Array.from({ length: 500 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('')).terms.length, MAX_QUERY_TERMS);
    assert.ok(queryTerms('医保报销'.repeat(125)).match.flatMap((w) => w.alternatives).reduce((n, p) => n + p.tokens.length, 0) <= MAX_QUERY_TERMS);
    assert.equal(queryTerms('医保 '.repeat(100)).match.length, 1);
  });

  it('cuts a query into lexicon words, drops question words, keeps unknown runs and applies synonyms', () => {
    const words = (query: string) => queryTerms(query).match.map((w) => w.text);
    assert.deepEqual(words('城乡居民基本医疗保险门诊药品报销政策调整通知'), ['城乡居民基本医疗保险', '门诊', '药品', '报销', '政策', '调整', '通知']);
    assert.deepEqual(words('异地就医备案怎么办理'), ['异地就医', '备案', '办理']);
    assert.deepEqual(words('坡头区值班排表'), ['坡头', '区值', '班排表'], 'an unknown run longer than a word is cut into pairs (an odd last character joins the last pair)');
    assert.deepEqual(words('值班排表'), ['值班排表'], 'an unknown run of up to 4 characters stays one phrase');
    assert.deepEqual(queryTerms('慢特病').match[0]!.forms, ['慢特病', '慢性病特殊病', '门诊慢特病', '门诊慢性病特殊病', '慢性病和特殊病']);
    assert.deepEqual(queryTerms('两定机构').match[0]!.forms, ['两定机构', '定点医药机构']);
    assert.deepEqual(words('怎么'), ['怎么'], 'a query of stop words only keeps them');
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

describe('app tokenizer', () => {
  it('indexes 2-character words, longer words as phrases and unknown names', () => {
    const { all } = tokenizeForIndex('中卫市医疗保障局关于城乡居民医保门诊报销的公示', '（沙坡头区）');
    for (const word of ['医保', '报销', '公示', '中卫', '坡头', '保障']) assert.ok(all.stream.includes(word), word);
    const at = all.stream.indexOf('城乡');
    assert.deepEqual(all.stream.slice(at, at + 3), ['城乡', '乡居', '居民']);
  });
});
