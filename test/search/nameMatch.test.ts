import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NAMED_STRENGTH, nameCoverage, nameStrength, queryCoverage } from '../../src/domain/search/nameMatch.ts';
import { buildLexicon, segmentQuery } from '../../src/domain/search/segment.ts';

const words = (query: string, extra: string[] = []) => segmentQuery(query, buildLexicon(extra));

describe('does a query name an item or an agency (pure)', () => {
  it('measures how much of the name the query covers, synonyms included, punctuation not counted', () => {
    assert.equal(nameCoverage('参保人员异地就医登记备案', words('参保人员异地就医登记备案')), 1);
    assert.equal(nameCoverage('固原市医疗保障局', words('固原医保局')), 7 / 8);
    assert.equal(nameCoverage('政府信息公开年报', words('年报')), 2 / 8);
    assert.equal(nameCoverage('公共资源配置（药品和医用耗材采购领域）', words('公共资源配置（药品和医用耗材采购领域）')), 16 / 17, 'all but the stop word 和');
  });

  it('measures how many of the query words the name’s own fields hold', () => {
    assert.equal(queryCoverage(['服务公开', '参保人员异地就医备案', '中卫市医疗保障局'], words('中卫医保局异地就医备案')), 1);
    assert.equal(queryCoverage(['中卫市医疗保障局'], words('中卫医保局政府信息公开指南')), 0.5);
  });

  it('names an item or agency when the query is (nearly) its name, not when it only shares a word', () => {
    const named = (name: string, fields: string[], query: string) => nameStrength(name, fields, words(query)) >= NAMED_STRENGTH;
    assert.equal(named('政府信息公开年度工作报告', ['政府信息公开', '政府信息公开年度工作报告', '大武口区医疗保障局'], '政府信息公开年度工作报告'), true);
    assert.equal(named('政府信息公开年报', ['基本信息', '政府信息公开年报', '中卫市医疗保障局'], '年报'), false);
    assert.equal(named('中卫市医疗保障局', ['中卫市医疗保障局'], '医保'), false, 'a word every agency has');
    assert.equal(named('固原市医疗保障局', ['固原市医疗保障局'], '固原医保局'), true);
    assert.equal(named('中卫市医疗保障局', ['中卫市医疗保障局'], '中卫医保局政府信息公开指南'), false, 'the query asks for more than the agency');
  });
});
