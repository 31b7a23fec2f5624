/**
 * The checker on real published reports (test/fixtures/annual-reports/corpus.json, sources in its README):
 * every table cell against a transcription made by hand from the page, every number section 一 quotes,
 * every finding an inspector would raise, and no error on the reports that have none. The figures
 * (reports, tables read exactly, findings expected/found, false errors) are printed as a diagnostic.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkReportFile, type ReportCheck } from '../../../src/app/reports/checkReportFile.ts';
import { overviewOf, quotedNumbers, type Finding, type ReportTables } from '../../../src/domain/annualReport/index.ts';

interface CorpusReport {
  file: string;
  agency: string;
  year: number | null;
  format: '2021' | '2019' | null;
  tables: string | null;
  quotes: string[];
  findings: Pick<Finding, 'rule' | 'severity' | 'where'>[];
}

type Transcription = Partial<Record<'table2' | 'table3' | 'table4', Record<string, Record<string, number | null>>>>;

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/annual-reports/${name}`, import.meta.url));
const CORPUS = JSON.parse(fixture('corpus.json').toString('utf8')) as CorpusReport[];

/** Cells that differ from the transcription; a row the transcription does not hold must be all blank (nothing guessed). */
function cellDifferences(tables: ReportTables, expected: Transcription): string[] {
  const differences: string[] = [];
  for (const table of ['table2', 'table3', 'table4'] as const) {
    for (const [row, cells] of Object.entries(tables[table] as Record<string, Record<string, number | null>>)) {
      const wanted = expected[table]?.[row];
      for (const [column, value] of Object.entries(cells)) {
        const expectedValue = wanted ? wanted[column] : null;
        if (value !== expectedValue) differences.push(`${table}.${row}.${column}: ${value} ≠ ${expectedValue}`);
      }
    }
  }
  return differences;
}

const sameFinding = (a: Pick<Finding, 'rule' | 'severity' | 'where'>) => (b: Finding) => a.rule === b.rule && a.severity === b.severity && a.where === b.where;

const figures = { reports: 0, tablesExact: 0, withTables: 0, expected: 0, found: 0, falseErrors: 0 };
const checks = new Map<string, ReportCheck>();

describe('real published reports (corpus.json)', () => {
  for (const report of CORPUS) {
    it(`${report.file}: ${report.agency} ${report.year ?? '年度不详'}`, async () => {
      const bytes = fixture(report.file);
      const check = await checkReportFile({ bytes });
      checks.set(report.file, check);
      figures.reports++;
      assert.equal(check.year, report.year, 'year');
      assert.equal(check.format, report.format, 'format');
      if (report.tables === null) assert.equal(check.tables, null, 'no table, nothing guessed');
      else {
        figures.withTables++;
        const differences = cellDifferences(check.tables!, JSON.parse(fixture(report.tables).toString('utf8')) as Transcription);
        if (differences.length === 0) figures.tablesExact++;
        assert.deepEqual(differences, [], 'tables equal the transcription cell for cell');
      }
      assert.deepEqual(quotedNumbers(overviewOf(bytes.toString('utf8')) ?? '').map((q) => `${q.quote}=${q.value}`), report.quotes, 'numbers quoted in section 一');
      const found = report.findings.filter((finding) => check.findings.some(sameFinding(finding)));
      figures.expected += report.findings.length;
      figures.found += found.length;
      const falseErrors = check.findings.filter((finding) => finding.severity === 'error' && !report.findings.some((expected) => sameFinding(expected)(finding)));
      figures.falseErrors += falseErrors.length;
      assert.deepEqual(found, report.findings, 'every expected finding is found');
      assert.deepEqual(falseErrors, [], 'no error the inspector would not raise');
    });
  }

  it('holds reports of every level and both formats, and prints the figures', (t) => {
    assert.ok(CORPUS.length >= 20);
    assert.ok(CORPUS.some((r) => r.format === '2019') && CORPUS.some((r) => r.format === '2021'));
    t.diagnostic(
      `corpus: ${figures.reports} reports; tables read exactly ${figures.tablesExact}/${figures.withTables}; ` +
        `findings expected ${figures.expected}, found ${figures.found}; false errors ${figures.falseErrors}`,
    );
  });
});
