import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_INDEX_TEMPLATE, derivedAgencyCode, formatIndexNumber, INDEX_TEMPLATES, indexPeriod, isIndexNumber, validateIndexTemplate } from '../../src/domain/documents/indexNumber.ts';
import { DomainError } from '../../src/domain/shared/errors.ts';

describe('索引号 templates', () => {
  it('formats the official form: 9-character code / year - 5-digit serial', () => {
    const value = formatIndexNumber(DEFAULT_INDEX_TEMPLATE, { code: '640500001', credit: null, publishedOn: '2026-03-02', serial: 12 });
    assert.equal(value, '640500001/2026-00012');
    assert.equal(isIndexNumber(value), true);
    assert.equal(formatIndexNumber(DEFAULT_INDEX_TEMPLATE, { code: '71093240-X', credit: null, publishedOn: '2022-01-02', serial: 185 }), '71093240-X/2022-00185');
  });

  it('formats the unified-credit-code forms, yearly and monthly', () => {
    const parts = { code: null, credit: '11341702486344515H', publishedOn: '2021-10-09', serial: 13 };
    assert.equal(formatIndexNumber(INDEX_TEMPLATES.creditCode, parts), '11341702486344515H/2021-00013');
    assert.equal(formatIndexNumber(INDEX_TEMPLATES.creditCodeMonthly, parts), '11341702486344515H/202110-00013');
    assert.equal(isIndexNumber('11341702486344515H/202110-00013'), true);
    assert.equal(indexPeriod(INDEX_TEMPLATES.creditCodeMonthly, '2021-10-09'), '202110');
    assert.equal(indexPeriod(DEFAULT_INDEX_TEMPLATE, '2021-10-09'), '2021');
  });

  it('refuses templates without a unit code, period or serial, and missing codes', () => {
    for (const bad of ['{yyyy}-{serial}', '{code}/{serial}', '{code}/{yyyy}', '{code}{credit}/{yyyy}-{serial}', '{code}_{yyyy}-{serial}', '{code}/{yyyy}-{serial}<script>']) {
      assert.throws(() => validateIndexTemplate(bad), DomainError, bad);
    }
    assert.throws(() => formatIndexNumber(DEFAULT_INDEX_TEMPLATE, { code: null, credit: null, publishedOn: '2026-01-01', serial: 1 }), /机构代码/);
    assert.throws(() => formatIndexNumber(DEFAULT_INDEX_TEMPLATE, { code: '640500001', credit: null, publishedOn: '2026-01-01', serial: 100_000 }), /99999/);
  });

  it('derives a code from the 6-digit region code and a 3-digit agency number', () => {
    assert.equal(derivedAgencyCode('640500', 1), '640500001');
    assert.equal(derivedAgencyCode('640521', 27), '640521027');
    assert.throws(() => derivedAgencyCode(null, 1), /行政区划代码/);
    assert.throws(() => derivedAgencyCode('640500', 1000), /999/);
  });
});
