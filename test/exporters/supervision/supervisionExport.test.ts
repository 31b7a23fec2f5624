/** The region view's download (src/exporters/supervision): the xlsx opens with ExcelJS and holds the rows; CSV the same. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import ExcelJS from 'exceljs';
import type { AgencySupervisionRow } from '../../../src/domain/supervision/agencySupervision.ts';
import { exportSupervision, SUPERVISION_HEADER, SUPERVISION_SHEET } from '../../../src/exporters/supervision/supervisionExport.ts';

function row(name: string, score: number, vetoes: string[]): AgencySupervisionRow {
  return {
    agencyId: name, agencyName: name, regionNames: ['宁夏回族自治区', '中卫市'], asOf: '2026-03-02', computedAt: '2026-03-02T02:00:00.000Z',
    catalog: { versionId: 'v', versionNumber: 3, publishedOn: '2026-01-05', items: 40, lintErrors: 2, lintWarnings: 5 },
    items: { blank: 1, late: 2, stale: 0, vague: 3, ok: 34 },
    documents: { lastTwelveMonths: 17, lastPublishedOn: '2026-02-28' },
    months: [],
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
});

it('writes the same lines as CSV with a BOM and CRLF', async () => {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await exportSupervision({ title: 't', rows }, 'csv'));
  const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  assert.ok(text.startsWith('\uFEFF'));
  assert.equal(lines[1], SUPERVISION_HEADER.join(','));
  assert.equal(lines[2], '甲局,宁夏回族自治区 / 中卫市,第3版,2026-01-05,40,2,5,1,2,0,3,17,2026-02-28,2026,6,4,3,2,1,12.5,2025年度：已按时发布,2026-01-30,70,不合格（单项否决）,空白栏目,2026-03-02');
  assert.equal(lines.length, 4);
});
