/**
 * Every rule of the checker (R1–R8, R10; regulations.md §2.5) with a passing and a failing case, in both
 * formats (2021, 2019 试行), through checkReportFile on each input kind. Table-driven: an input kind is a
 * function from a published report to the bytes of a file. Word and PDF files are made from the web page
 * by LibreOffice (real office software), all of them in one batch before the tests run.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { convertWithLibreOffice } from '../../helpers/libreOffice.ts';
import { checkReportFile } from '../../../src/app/reports/checkReportFile.ts';
import type { Finding, FormatVersion, ReportTables } from '../../../src/domain/annualReport/index.ts';
import { reportHtml, reportText, type PublishedReport } from '../../helpers/annualReportPages.ts';
import { as2019, consistentReport, lastYearReport, OVERVIEW_TEXT } from '../../domain/annualReport/consistentReport.ts';

/** Word and PDF copies of every web page the tests use, keyed by the page: filled by the `before` below. */
const officeCopies = { docx: new Map<string, Uint8Array>(), pdf: new Map<string, Uint8Array>() };

function officeCopy(target: 'docx' | 'pdf', report: PublishedReport): Uint8Array {
  const copy = officeCopies[target].get(reportHtml(report));
  assert.ok(copy, `LibreOffice ${target} copy of ${report.year}`);
  return copy;
}

const INPUT_KINDS: { kind: string; file: (report: PublishedReport) => Uint8Array | Promise<Uint8Array> }[] = [
  { kind: 'web page', file: (report) => new TextEncoder().encode(reportHtml(report)) },
  { kind: 'text', file: (report) => new TextEncoder().encode(reportText(report)) },
  { kind: 'Word (LibreOffice)', file: (report) => officeCopy('docx', report) },
  { kind: 'PDF (LibreOffice)', file: (report) => officeCopy('pdf', report) },
];

const LAST_YEAR_OVERVIEW = '2024年，本局依法做好政府信息公开。\n（二）依申请公开。收到政府信息公开申请2件，结转下年度继续办理2件。';

function publishedReport(format: FormatVersion, year: number, tables: ReportTables, overview: string): PublishedReport {
  const inFormat = format === '2019' ? as2019(tables) : tables;
  return { agency: '某县医疗保障局', year, tables: inFormat, overview: overview.replaceAll('2025年', `${year}年`) };
}

interface RuleCase {
  rule: string;
  /** What the failing case changes, in words. */
  change: string;
  breakReport?: (report: PublishedReport) => void;
  breakPrevious?: (previous: PublishedReport) => void;
  /** The finding expected in the failing case. */
  expected: Pick<Finding, 'rule' | 'severity' | 'where'>;
}

const add = (tables: ReportTables, row: keyof ReportTables['table3'], column: 'naturalPerson' | 'total', amount: number) => {
  tables.table3[row][column] = (tables.table3[row][column] ?? 0) + amount;
};

const CASES: RuleCase[] = [
  {
    rule: 'R1', change: '结转下年度 one more than the applications allow',
    breakReport: (r) => { add(r.tables, 'carriedForward', 'naturalPerson', 1); add(r.tables, 'carriedForward', 'total', 1); },
    expected: { rule: 'R1', severity: 'error', where: 'table3.total.naturalPerson' },
  },
  {
    rule: 'R2', change: '（七）总计 one more than its rows',
    breakReport: (r) => { add(r.tables, 'total', 'naturalPerson', 1); add(r.tables, 'total', 'total', 1); add(r.tables, 'carriedForward', 'naturalPerson', -1); add(r.tables, 'carriedForward', 'total', -1); },
    expected: { rule: 'R2', severity: 'error', where: 'table3.total.naturalPerson' },
  },
  {
    rule: 'R3', change: '（一）予以公开 总计 one more than its columns',
    breakReport: (r) => add(r.tables, 'granted', 'total', 1),
    expected: { rule: 'R3', severity: 'error', where: 'table3.granted.total' },
  },
  {
    rule: 'R4', change: '行政复议 总计 one more than its results',
    breakReport: (r) => { r.tables.table4.reconsideration.total = (r.tables.table4.reconsideration.total ?? 0) + 1; },
    expected: { rule: 'R4', severity: 'error', where: 'table4.reconsideration.total' },
  },
  {
    rule: 'R5', change: 'a decision count of 2.5',
    breakReport: (r) => { r.tables.table2.penalties!.decisions = 2.5; },
    expected: { rule: 'R5', severity: 'error', where: 'table2.penalties.decisions' },
  },
  {
    rule: 'R6', change: 'a 部分公开 application counted again under 予以公开',
    breakReport: (r) => { add(r.tables, 'granted', 'naturalPerson', 1); add(r.tables, 'granted', 'total', 1); add(r.tables, 'total', 'naturalPerson', 1); add(r.tables, 'total', 'total', 1); },
    expected: { rule: 'R6', severity: 'warning', where: 'table3.partial.naturalPerson' },
  },
  {
    rule: 'R7', change: 'last year’s report carried forward one more',
    breakPrevious: (p) => { add(p.tables, 'carriedForward', 'naturalPerson', 1); add(p.tables, 'carriedForward', 'total', 1); },
    expected: { rule: 'R7', severity: 'error', where: 'table3.carriedOver.naturalPerson' },
  },
  {
    rule: 'R8', change: 'section 一 quotes 办结16件 where table 三 says 17',
    breakReport: (r) => { r.overview = r.overview.replace('办结17件', '办结16件'); },
    expected: { rule: 'R8', severity: 'error', where: 'table3.total.total' },
  },
  {
    rule: 'R10', change: 'section 五 left out',
    breakReport: (r) => { r.without = ['五']; },
    expected: { rule: 'R10', severity: 'warning', where: 'section.五' },
  },
  {
    rule: 'R10', change: 'section 一 copied from last year',
    breakPrevious: (p) => { p.overview = OVERVIEW_TEXT.replaceAll('2025年', '2024年'); },
    expected: { rule: 'R10', severity: 'warning', where: 'text' },
  },
];

const FORMATS: { format: FormatVersion; year: number }[] = [
  { format: '2021', year: 2025 },
  { format: '2019', year: 2020 },
];

const current = (format: FormatVersion, year: number) => publishedReport(format, year, consistentReport(), OVERVIEW_TEXT);
const previous = (format: FormatVersion, year: number) => publishedReport(format, year - 1, lastYearReport(), LAST_YEAR_OVERVIEW);

/** The failing case's report and its predecessor. */
function brokenPair(rule: RuleCase, format: FormatVersion, year: number): [PublishedReport, PublishedReport] {
  const report = current(format, year);
  const last = previous(format, year);
  rule.breakReport?.(report);
  rule.breakPrevious?.(last);
  return [report, last];
}

const LATE_2019 = () => publishedReport('2019', 2022, consistentReport(), OVERVIEW_TEXT);
const IN_TIME_2019 = () => publishedReport('2019', 2020, consistentReport(), OVERVIEW_TEXT);

before(async () => {
  const pages = new Set<string>();
  for (const { format, year } of FORMATS) {
    [current(format, year), previous(format, year), ...CASES.flatMap((rule) => brokenPair(rule, format, year))].forEach((r) => pages.add(reportHtml(r)));
  }
  [LATE_2019(), IN_TIME_2019()].forEach((r) => pages.add(reportHtml(r)));
  for (const target of ['docx', 'pdf'] as const) officeCopies[target] = await convertWithLibreOffice([...pages], target);
});

for (const { kind, file } of INPUT_KINDS) {
  for (const { format, year } of FORMATS) {

    describe(`the checker on a ${format}-format report as ${kind}`, () => {
      it('passes the consistent report and its predecessor: no finding at all', async () => {
        const check = await checkReportFile({ bytes: await file(current(format, year)), previousBytes: await file(previous(format, year)) });
        assert.equal(check.format, format);
        assert.equal(check.year, year);
        assert.deepEqual(check.problems, []);
        assert.deepEqual(check.findings, []);
      });

      for (const rule of CASES) {
        it(`${rule.rule} fails when ${rule.change}`, async () => {
          const [report, last] = brokenPair(rule, format, year);
          const check = await checkReportFile({ bytes: await file(report), previousBytes: await file(last) });
          const found = check.findings.find((f) => f.rule === rule.expected.rule && f.where === rule.expected.where);
          assert.deepEqual(found && { rule: found.rule, severity: found.severity, where: found.where }, rule.expected, JSON.stringify(check.findings, null, 1));
          assert.match(found!.message, /[\u4e00-\u9fff]/, 'a Chinese message');
        });
      }
    });
  }
}

describe('the format a report must use (R10)', () => {
  for (const { kind, file } of INPUT_KINDS) {
    it(`${kind}: a 2019-format report for 2021 or later is an error; for 2020 it is not`, async () => {
      const late = await checkReportFile({ bytes: await file(LATE_2019()) });
      assert.deepEqual(late.findings.filter((f) => f.where === 'format').map((f) => [f.rule, f.severity]), [['R10', 'error']]);
      const inTime = await checkReportFile({ bytes: await file(IN_TIME_2019()) });
      assert.deepEqual(inTime.findings, []);
    });
  }
});
