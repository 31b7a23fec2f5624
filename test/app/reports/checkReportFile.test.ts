/**
 * checkReportFile (issue 10, deliverable 4): a published report's bytes → format, year, tables as read,
 * findings of R1–R8/R10, blanks and Chinese problems — never a guess when no table is recognised.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkReportFile } from '../../../src/app/reports/checkReportFile.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/annual-reports/${name}`, import.meta.url), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);
const errors = (findings: { severity: string }[]) => findings.filter((finding) => finding.severity === 'error');

describe('checkReportFile on a published 2019-format page', () => {
  it('reads 上海市人民政府办公厅 2019: format, year, tables in the domain keys, blanks as warnings only', async () => {
    const check = await checkReportFile({ bytes: bytes(fixture('shanghai-office-2019.html')) });
    assert.equal(check.format, '2019');
    assert.equal(check.year, 2019);
    assert.deepEqual(check.tables?.table2.regulations, { made: 13, published: 13, total: 524 });
    assert.deepEqual(check.tables?.table2.licensing && Object.keys(check.tables.table2.licensing), ['lastYearItems', 'change', 'decisions']);
    assert.ok(check.tables?.table3['other.other'], 'the single （六） row under the domain key');
    assert.equal(check.tables?.table3.granted.total, null);
    assert.ok(check.blanks.includes('table3.granted.total'));
    assert.deepEqual(errors(check.findings), []);
    assert.ok(check.findings.some((f) => f.rule === 'R5' && f.where === 'table3.granted.total' && f.severity === 'warning'));
  });

  it('says so when a 2019-format report covers 2021 or later', async () => {
    const page = fixture('shanghai-office-2019.html').replace(/2019年/g, '2022年');
    const check = await checkReportFile({ bytes: bytes(page) });
    assert.equal(check.year, 2022);
    const wrongFormat = check.findings.find((f) => f.where === 'format');
    assert.equal(wrongFormat?.severity, 'error');
    assert.match(wrongFormat?.message ?? '', /报告使用2019年试行格式，但2021年度及以后的报告应使用国办公开办函〔2021〕30号格式/);
  });

  it('compares the year with the one the uploader chose', async () => {
    const check = await checkReportFile({ bytes: bytes(fixture('shanghai-office-2019.html')), expectedYear: 2020 });
    assert.ok(check.problems.includes('报告写明的年度为2019年，与所选的2020年度不一致'));
  });
});

describe('checkReportFile on what is not a readable report', () => {
  it('a text without any table: a problem, no tables, no findings', async () => {
    const check = await checkReportFile({ bytes: bytes('某县医疗保障局2023年政府信息公开工作年度报告\n一、总体情况\n全年共收到政府信息公开申请3件。') });
    assert.equal(check.format, null);
    assert.equal(check.tables, null);
    assert.deepEqual(check.findings, []);
    assert.equal(check.year, 2023);
    assert.ok(check.problems.some((p) => p.includes('未能识别报告的表格')));
  });

  it('a file of unknown kind: a Chinese problem, not an exception', async () => {
    const check = await checkReportFile({ bytes: new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0]) });
    assert.equal(check.tables, null);
    assert.ok(check.problems.length > 0);
  });

  it('a missing table 三 row is one problem, not one R5 finding per cell', async () => {
    const page = fixture('shanghai-office-2019.html').replace(/<tr>(?:(?!<tr>)[\s\S])*?上年结转[\s\S]*?<\/tr>/, '');
    const check = await checkReportFile({ bytes: bytes(page) });
    assert.ok(check.problems.some((p) => p.startsWith('表三“二、上年结转政府信息公开申请数量”：未读到这一行')));
    assert.ok(!check.findings.some((f) => f.where.startsWith('table3.carriedOver.')));
  });
});
