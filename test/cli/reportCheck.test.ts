/**
 * `gongkai report check FILE [--previous FILE] [--json]` through the real CLI: the contract §5 JSON, the
 * Chinese listing, exit 0 without error findings and 1 with them or when the file cannot be read — one
 * Chinese line, no stack trace.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/appContext.ts';
import { assertOneLineFailure } from '../helpers/cliAssertions.ts';
import { reportHtml, reportText, type PublishedReport } from '../helpers/annualReportPages.ts';
import { consistentReport, lastYearReport, OVERVIEW_TEXT } from '../domain/annualReport/consistentReport.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-report-check-'));
after(() => rmSync(work, { recursive: true, force: true }));

function gongkai(...args: string[]) {
  const result = spawnSync(join(REPO_ROOT, 'bin', 'gongkai'), args, { cwd: work, encoding: 'utf8', env: { ...process.env, DATABASE_URL: `sqlite:${join(work, 'cli.db')}` } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function write(name: string, content: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}


const report = (change?: (r: PublishedReport) => void): PublishedReport => {
  const published: PublishedReport = { agency: '某县医疗保障局', year: 2025, tables: consistentReport(), overview: OVERVIEW_TEXT };
  change?.(published);
  return published;
};
const clean = write('clean.html', reportHtml(report()));
const lastYear = write('last.txt', reportText({ agency: '某县医疗保障局', year: 2024, tables: lastYearReport(), overview: '2024年，本局依法做好政府信息公开。' }));

describe('gongkai report check', () => {
  it('passes a consistent report: exit 0, the format and year in Chinese, no error', () => {
    const result = gongkai('report', 'check', clean, '--previous', lastYear);
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /^格式：2021年格式（国办公开办函〔2021〕30号）\n年度：2025年\n核对结果：错误0项，警告0项/);
    assert.doesNotMatch(result.out, /[a-zA-Z]{4,}/, 'no English identifier reaches the user');
  });

  it('--json prints contract §5: format, tables and findings (with year, blanks and problems)', () => {
    const json = JSON.parse(gongkai('report', 'check', clean, '--json').out);
    assert.deepEqual(Object.keys(json), ['format', 'tables', 'findings', 'year', 'blanks', 'problems']);
    assert.equal(json.format, '2021');
    assert.deepEqual(json.tables.table3, consistentReport().table3);
    assert.deepEqual(json.tables.table4, consistentReport().table4);
    assert.deepEqual(json.findings, []);
  });

  it('lists each error with its rule, 错误 and the cell’s Chinese name, and exits 1', () => {
    const broken = write('broken.html', reportHtml(report((r) => { r.tables.table3.granted.total! += 1; })));
    const result = gongkai('report', 'check', broken);
    assert.equal(result.code, 1);
    assert.match(result.out, /^R3\t错误\t表三“（一）予以公开”行“总计”列为8，但自然人与法人或其他组织各列之和为7$/m);
    const json = JSON.parse(gongkai('report', 'check', broken, '--json').out);
    assert.ok(json.findings.some((f: { rule: string; where: string }) => f.rule === 'R3' && f.where === 'table3.granted.total'));
  });

  it('checks 上年结转 against last year’s report with --previous (R7)', () => {
    const other = write('other-last.txt', reportText({ agency: '某县医疗保障局', year: 2024, tables: consistentReport(), overview: '2024年。' }));
    const result = gongkai('report', 'check', clean, '--previous', other);
    assert.equal(result.code, 1);
    assert.match(result.out, /^R7\t错误\t表三“二、上年结转政府信息公开申请数量”行“商业企业”列为0，但上一年度报告“四、结转下年度继续办理”为1，两者应相等$/m);
  });

  it('a real 2019 report with blank cells: warnings, exit 0', () => {
    const result = gongkai('report', 'check', join(REPO_ROOT, 'test/fixtures/annual-reports/shanghai-office-2019.html'));
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, /^格式：2019年试行格式/);
    assert.match(result.out, /^R5\t警告\t表三“（一）予以公开”行“总计”列为空/m);
  });

  it('a file without any table: the problem in Chinese, exit 1', () => {
    const result = gongkai('report', 'check', write('letter.txt', '某县医疗保障局2025年政府信息公开工作年度报告\n全年共收到申请3件。'));
    assert.equal(result.code, 1);
    assert.match(result.out, /^读取问题：未能识别报告的表格/m);
  });

  it('refuses a missing file, a directory and a missing argument with one Chinese line', () => {
    assertOneLineFailure(gongkai('report', 'check', join(work, 'nothing.html')), /^报告文件不存在：/);
    assertOneLineFailure(gongkai('report', 'check', clean, '--previous', join(work, 'nothing.html')), /^上一年度报告文件不存在：/);
    assertOneLineFailure(gongkai('report', 'check', work), /^报告文件不是文件：/);
    assertOneLineFailure(gongkai('report', 'check'), /缺少报告文件名/);
    assertOneLineFailure(gongkai('report', 'check', clean, '--verbose'), /gongkai report check/);
    assert.equal(gongkai('report', 'check', join(work, 'nothing.html')).code, 1);
  });

  it('shows check in the help', () => {
    const help = gongkai('report', '--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /gongkai report check 文件 \[--previous 上一年度报告文件\] \[--json\]/);
  });
});
