/**
 * The checker of anybody's published 政府信息公开工作年度报告 (issue 10, 条例第四十九条、第五十条): reads the
 * file (web page, text; Word and PDF through readAnnualReportFile), tells the format, reads the year, and
 * runs R1–R8 and R10 of regulations.md §2.5 — R7 against last year's report when given. Findings have the
 * shape of applications-contract.md §5. Nothing is stored and nothing is guessed: what could not be read is
 * a Chinese problem, and a report without a recognisable table gets no findings at all.
 */
import { checkReport, type ReportUnderCheck } from '../../domain/annualReport/checks.ts';
import type { Finding, FormatVersion, ReportTables } from '../../domain/annualReport/tables.ts';
import { readAnnualReportFile } from '../../importers/annualReport/readReportFile.ts';
import { reportTablesOf } from '../../importers/annualReport/reportTables.ts';
import { reportYearOf } from '../../importers/annualReport/reportYear.ts';

export interface ReportCheckInput {
  bytes: Uint8Array;
  /** Last year's report of the same agency, for R7 (and R10's copied text). */
  previousBytes?: Uint8Array;
  /** The year the uploader says the report covers. */
  expectedYear?: number;
}

export interface ReportCheck {
  format: FormatVersion | null;
  year: number | null;
  /** Contract §4 as read: every cell of the format, blanks null; null when no table was recognised. */
  tables: ReportTables | null;
  findings: Finding[];
  /** Cells the report left blank, e.g. `table3.granted.research`. */
  blanks: string[];
  problems: string[];
}

/** 国办公开办函〔2021〕30号 applies from the 2021 reports on (regulations.md §2, §2.8). */
const FIRST_YEAR_OF_2021_FORMAT = 2021;

interface ReportRead {
  check: ReportCheck;
  underCheck: ReportUnderCheck | null;
  unread: Set<string>;
}

async function readReport(bytes: Uint8Array): Promise<ReportRead> {
  const reading = await readAnnualReportFile(bytes);
  const year = reportYearOf(reading.text);
  const check: ReportCheck = { format: reading.format, year, tables: null, findings: [], blanks: reading.blanks, problems: [...reading.problems] };
  if (!reading.format) {
    check.problems.push('未能识别报告的表格（表二、表三、表四），无法判断格式，未作核对');
    return { check, underCheck: null, unread: new Set() };
  }
  const converted = reportTablesOf(reading.tables, reading.format);
  check.tables = { ...converted.tables, ...(year === null ? {} : { year }) };
  check.problems.push(...converted.problems);
  const underCheck: ReportUnderCheck = { tables: check.tables, ...(reading.text === null ? {} : { text: reading.text }) };
  return { check, underCheck, unread: converted.unread };
}

function yearFindings(check: ReportCheck, expectedYear: number | undefined): Finding[] {
  const year = check.year ?? expectedYear ?? null;
  if (check.format !== '2019' || year === null || year < FIRST_YEAR_OF_2021_FORMAT) return [];
  const message = `报告使用2019年试行格式，但2021年度及以后的报告应使用国办公开办函〔2021〕30号格式（本报告为${year}年度）`;
  return [{ rule: 'R10', severity: 'error', where: 'format', message }];
}

function yearProblems(check: ReportCheck, expectedYear: number | undefined, previous: ReportCheck | null): string[] {
  const problems: string[] = [];
  if (check.year === null) problems.push('报告中未找到所属年度（如“2024年政府信息公开工作年度报告”）');
  if (expectedYear !== undefined && check.year !== null && check.year !== expectedYear)
    problems.push(`报告写明的年度为${check.year}年，与所选的${expectedYear}年度不一致`);
  if (previous?.year != null && check.year !== null && previous.year !== check.year - 1)
    problems.push(`上一年度报告写明的年度为${previous.year}年，不是${check.year - 1}年，请核对是否选错文件`);
  if (previous && !previous.tables) problems.push('上一年度报告未能读出表格，未作跨年度核对（R7）');
  return problems;
}

/** Every cell a finding names (`a+b`, `table3.withheld.*.total`) lies in a row or table that was not read. */
function namesOnlyUnread(where: string, unread: ReadonlySet<string>): boolean {
  const cells = where.split('+');
  return cells.every((cell) => {
    if (!cell.includes('*')) return unread.has(cell);
    const [head, tail] = cell.split('*') as [string, string];
    const matching = [...unread].filter((path) => path.startsWith(head) && path.endsWith(tail));
    return matching.length > 0;
  });
}

/**
 * A cell a published report left blank is listed in `blanks` and is an R5 warning, not an error: published
 * reports use a blank for "none" (e.g. 上海市人民政府办公厅 2019), and the sums that need the cell are skipped.
 */
function blankAsWarning(finding: Finding, blanks: ReadonlySet<string>): Finding {
  return finding.rule === 'R5' && blanks.has(finding.where) ? { ...finding, severity: 'warning' } : finding;
}

export async function checkReportFile(input: ReportCheckInput): Promise<ReportCheck> {
  const { check, underCheck, unread } = await readReport(input.bytes);
  const blanks = new Set(check.blanks);
  const previous = input.previousBytes ? await readReport(input.previousBytes) : null;
  if (underCheck) {
    const lastYear = previous?.underCheck ?? undefined;
    // A cell of a row or table that was not read is a reading problem (said once), not an R5 finding per cell.
    const found = checkReport(underCheck, lastYear ? { lastYear } : {});
    check.findings = found.filter((finding) => !namesOnlyUnread(finding.where, unread)).map((finding) => blankAsWarning(finding, blanks));
  }
  check.findings.unshift(...yearFindings(check, input.expectedYear));
  check.problems.push(...yearProblems(check, input.expectedYear, previous?.check ?? null));
  return check;
}
