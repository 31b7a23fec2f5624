/**
 * The annual-report reader on real published reports (test/fixtures/annual-reports/README.md):
 * each expected number below was read off the source page by eye, blanks included.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAnnualReportHtml, readAnnualReportText } from '../../../src/importers/annualReport/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/annual-reports/${name}`, import.meta.url));

describe('上海市人民政府办公厅 2019 (web page, 2019 试行 format)', () => {
  const reading = readAnnualReportHtml(fixture('shanghai-office-2019.html'));
  const { table2, table3, table4 } = reading.tables;

  it('is read as the 2019 format, without problems', () => {
    assert.equal(reading.format, '2019');
    assert.equal(reading.tables.table2Format, '2019');
    assert.deepEqual(reading.problems, []);
  });

  it('reads table 二 in its 2019 columns, merged cells once', () => {
    assert.deepEqual(table2?.regulations, { made: 13, published: 13, total: 524 });
    assert.deepEqual(table2?.normativeDocuments, { made: 60, published: 60, total: 368 });
    assert.deepEqual(table2?.procurement, { projects: 6, amount: 251000 });
  });

  it('reads table 三 under the rowspan labels, the single （六） row included', () => {
    assert.deepEqual(table3?.newReceived, { naturalPerson: 821, commercial: 35, research: null, publicInterest: null, legal: 2, other: 1, total: 859 });
    assert.equal(table3?.['unavailable.notHeld']?.naturalPerson, 252);
    assert.equal(table3?.['notProcessed.repeat']?.commercial, 4);
    assert.equal(table3?.['withheld.processInfo']?.commercial, 1);
    assert.deepEqual(table3?.total, { naturalPerson: 767, commercial: 35, research: null, publicInterest: null, legal: 2, other: 1, total: 805 });
    assert.equal(table3?.carriedForward?.total, 72);
    assert.ok(table3?.['other.other'], 'the 2019 （六）其他处理 row, under the domain key');
    assert.equal(table3?.['other.noCorrection'], undefined);
  });

  it('keeps blank cells null and lists them, never 0', () => {
    assert.equal(table3?.granted?.total, null);
    assert.ok(reading.blanks.includes('table3.granted.total'));
    assert.ok(reading.blanks.includes('table3.newReceived.research'));
    assert.ok(!reading.blanks.includes('table3.newReceived.naturalPerson'));
  });

  it('reads table 四: fifteen cells, blanks null', () => {
    assert.deepEqual(table4?.reconsideration, { upheld: 5, corrected: null, other: null, pending: 2, total: 7 });
    assert.deepEqual(table4?.litigationDirect, { upheld: 8, corrected: null, other: null, pending: 1, total: 9 });
    assert.equal(table4?.litigationAfterReview?.total, null);
  });
});

describe('the same page with its three tables merged into one <table>', () => {
  it('finds each table by its labels, not by position', () => {
    const page = fixture('shanghai-office-2019.html').toString('utf8').replace(/<\/tbody><\/table>\s*<p>[^<]*(<br \/>[^<]*)?<\/p><table[^>]*><tbody>/g, '');
    assert.equal(page.match(/<table/g)?.length, 1);
    const reading = readAnnualReportHtml(page);
    assert.deepEqual(reading.problems, []);
    assert.deepEqual(reading.tables.table2?.regulations, { made: 13, published: 13, total: 524 });
    assert.equal(reading.tables.table3?.total?.total, 805);
    assert.equal(reading.tables.table4?.litigationDirect?.total, 9);
  });
});

describe('text copies of published reports (excerpts)', () => {
  it('武汉经开区医保局 2020: 2019 table 二, the first rows of table 三, the cut row reported', () => {
    const reading = readAnnualReportText(fixture('whkfq-medical-security-2020.txt').toString('utf8'));
    assert.equal(reading.format, '2019');
    assert.deepEqual(reading.tables.table2?.otherServices, { lastYearItems: 0, change: 1, decisions: 0 });
    assert.deepEqual(reading.tables.table2?.fees, { lastYearItems: 0, change: 0 });
    assert.equal(reading.tables.table3?.newReceived?.total, 0);
    assert.equal(reading.tables.table3?.carriedOver?.naturalPerson, 0);
    assert.equal(reading.tables.table3?.granted, undefined);
    assert.ok(reading.problems.some((message) => message.includes('予以公开') && message.includes('只有5个数')));
    assert.ok(reading.problems.some((message) => message.includes('未找到表四')));
  });

  it('得荣县卫健局 2019: blank cells of the published page are reported as blanks', () => {
    const reading = readAnnualReportText(fixture('gzdr-health-2019.txt').toString('utf8'));
    assert.equal(reading.tables.table2Format, '2019');
    assert.deepEqual(reading.tables.table2?.licensing, { lastYearItems: 0, change: null, decisions: 0 });
    assert.deepEqual(reading.tables.table3?.newReceived, { naturalPerson: null, commercial: null, research: null, publicInterest: null, legal: null, other: null, total: 0 });
    assert.ok(reading.blanks.includes('table2.fees.change'));
    assert.ok(reading.blanks.includes('table3.newReceived.naturalPerson'));
    assert.ok(!reading.blanks.includes('table3.newReceived.total'));
  });

  it('杨凌示范区审计局 2022: table 二 in the 2021 columns; missing tables are named', () => {
    const reading = readAnnualReportText(fixture('yangling-audit-2022.txt').toString('utf8'));
    assert.equal(reading.format, '2021');
    assert.deepEqual(reading.tables.table2?.regulations, { issued: 0, repealed: 0, inForce: 0 });
    assert.deepEqual(reading.tables.table2?.fees, { amountTenThousandYuan: 0 });
    assert.equal(reading.tables.table3, null);
    assert.ok(reading.problems.includes('未找到表三“收到和处理政府信息公开申请情况”'));
  });

  it('深圳市龙岗区 department 2024: table 三 in the 2021 rows, the row cut by the excerpt reported', () => {
    const reading = readAnnualReportText(fixture('lg-department-2024.txt').toString('utf8'));
    const { table2, table3 } = reading.tables;
    assert.deepEqual(table2?.normativeDocuments, { issued: 5, repealed: 1, inForce: 25 });
    assert.deepEqual(table3?.newReceived, { naturalPerson: 58, commercial: 7, research: 0, publicInterest: 0, legal: 1, other: 0, total: 66 });
    assert.equal(table3?.carriedOver?.total, 2);
    assert.equal(table3?.granted?.commercial, 1);
    assert.equal(table3?.partial?.total, 17);
    assert.equal(table3?.['withheld.internalAffairs']?.naturalPerson, 1);
    assert.equal(table3?.['withheld.enforcementFile'], undefined);
    assert.ok(reading.problems.some((message) => message.includes('属于行政执法案卷') && message.includes('只有6个数')));
    assert.deepEqual(reading.blanks, []);
  });
});
