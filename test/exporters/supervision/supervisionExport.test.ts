/** The region view's download (src/exporters/supervision): the xlsx opens with ExcelJS and holds the rows; CSV the same. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import ExcelJS from 'exceljs';
import type { AgencySupervisionRow } from '../../../src/domain/supervision/agencySupervision.ts';
import { exportSupervision, MONTHS_SHEET, monthlyDocumentsBlock, SUPERVISION_HEADER, SUPERVISION_SHEET } from '../../../src/exporters/supervision/supervisionExport.ts';

function row(name: string, score: number, vetoes: string[]): AgencySupervisionRow {
  return {
    agencyId: name, agencyName: name, regionNames: ['宁夏回族自治区', '中卫市'], asOf: '2026-03-02', computedAt: '2026-03-02T02:00:00.000Z',
    catalog: { versionId: 'v', versionNumber: 3, publishedOn: '2026-01-05', items: 40, lintErrors: 2, lintWarnings: 5 },
    items: { blank: 1, late: 2, stale: 0, vague: 3, ok: 34 },
    documents: { lastTwelveMonths: 17, lastPublishedOn: '2026-02-28' },
    months: [{ month: '2026-02', documents: 9, answered: 1, answeredOnTime: 1 }, { month: '2026-03', documents: 2, answered: 0, answeredOnTime: 0 }],
    applications: { year: 2026, received: 6, answered: 4, answeredOnTime: 3, open: 2, overdue: 1, meanAnswerWorkingDays: 12.5 },
    annualReport: { year: 2025, status: 'published', publishedOn: '2026-01-30', timeliness: 'onTime', label: '已按时发布' },
    readiness: { score, vetoed: vetoes.length > 0, verdict: vetoes.length ? '不合格' : '合格', vetoes, findings: 4 },
  };
}

const rows = [row('甲局', 70, ['空白栏目']), row('=乙局', 95, [])];

it('writes one sheet with the title, the Chinese header and a line per agency, numbers as numbers', async () => {
  const bytes = await exportSupervision({ title: '中卫市各单位政务公开情况（截至2026-03-02）', rows }, 'xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.getWorksheet(SUPERVISION_SHEET)!;
  assert.equal(sheet.getCell(1, 1).value, '中卫市各单位政务公开情况（截至2026-03-02）');
  assert.deepEqual((sheet.getRow(2).values as unknown[]).slice(1), SUPERVISION_HEADER);
  const first = (sheet.getRow(3).values as unknown[]).slice(1);
  assert.deepEqual(first, ['甲局', '宁夏回族自治区 / 中卫市', '第3版', '2026-01-05', 40, 2, 5, 1, 2, 0, 3, 17, '2026-02-28', 2026, 6, 4, 3, 2, 1, 12.5, '2025年度：已按时发布', '2026-01-30', 70, '不合格（单项否决）', '空白栏目', '2026-03-02']);
  assert.equal(sheet.getCell(4, 1).value, "'=乙局", 'a formula-like name is neutralised');
  assert.equal(sheet.rowCount, 4);
  const months = workbook.getWorksheet(MONTHS_SHEET)!;
  assert.deepEqual((months.getRow(2).values as unknown[]).slice(1, 3), ['单位', '2025年4月']);
  assert.deepEqual((months.getRow(3).values as unknown[]).slice(-2), [9, 2]);
});

it('lists documents per month for the twelve months of the newest line, blank where a line does not reach', () => {
  const older = { ...row('丙局', 80, []), asOf: '2026-01-31', months: [{ month: '2025-02', documents: 4, answered: 0, answeredOnTime: 0 }, { month: '2026-01', documents: 1, answered: 0, answeredOnTime: 0 }] };
  const block = monthlyDocumentsBlock([rows[0]!, older]);
  assert.equal(block.header.length, 13);
  assert.deepEqual([block.header[1], block.header[12]], ['2025年4月', '2026年3月']);
  assert.deepEqual(block.rows[0]!.slice(-3), [null, 9, 2]);
  assert.deepEqual(block.rows[1], ['丙局', null, null, null, null, null, null, null, null, null, 1, null, null]);
});

it('writes the same lines as CSV with a BOM and CRLF', async () => {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await exportSupervision({ title: 't', rows }, 'csv'));
  const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  assert.ok(text.startsWith('\uFEFF'));
  assert.equal(lines[1], SUPERVISION_HEADER.join(','));
  assert.equal(lines[2], '甲局,宁夏回族自治区 / 中卫市,第3版,2026-01-05,40,2,5,1,2,0,3,17,2026-02-28,2026,6,4,3,2,1,12.5,2025年度：已按时发布,2026-01-30,70,不合格（单项否决）,空白栏目,2026-03-02');
  assert.ok(lines.some((line) => line.startsWith('单位,2025年4月,')), 'the months block follows');
  assert.ok(lines.includes('甲局,,,,,,,,,,,9,2'));
});
