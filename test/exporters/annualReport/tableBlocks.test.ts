/**
 * Plain table downloads (src/exporters/annualReport/tableBlocks.ts, the region views' xlsx): each table on its own
 * sheet with the title merged over the header's width, the two top rows frozen, numbers as numbers, empty cells
 * empty and formula-like text neutralised — read back with ExcelJS.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import ExcelJS from 'exceljs';
import { tableBlocksXlsx, type TableBlock } from '../../../src/exporters/annualReport/tableBlocks.ts';

const blocks: TableBlock[] = [
  { sheet: '概况', title: '中卫市2025年度年报概况', header: ['单位', '状态', '发布日期'], rows: [['甲局', '已发布', '2026-01-20'], ['乙局', '未发布', null]] },
  { sheet: '表三', title: '表三 合计', header: ['项目', '数量'], rows: [['+本年新收', 12], ['@上年结转', 0], ['办结', 11.5]] },
];

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

it('writes each table on its own sheet: merged title, header, rows in order with numbers as numbers', async () => {
  const workbook = await read(await tableBlocksXlsx(blocks));
  assert.deepEqual(workbook.worksheets.map((sheet) => sheet.name), ['概况', '表三']);
  const overview = workbook.getWorksheet('概况')!;
  assert.equal(overview.getCell(1, 1).value, '中卫市2025年度年报概况');
  assert.equal(overview.getCell(1, 3).isMerged, true, 'the title spans the header');
  assert.equal(overview.getCell(1, 4).isMerged, false);
  assert.deepEqual((overview.getRow(2).values as unknown[]).slice(1), ['单位', '状态', '发布日期']);
  assert.deepEqual((overview.getRow(3).values as unknown[]).slice(1), ['甲局', '已发布', '2026-01-20']);
  assert.equal(overview.getCell(4, 3).value, null, 'an empty cell stays empty');
  assert.equal(overview.rowCount, 4);
  assert.deepEqual(overview.views.map((view) => [view.state, (view as { ySplit?: number }).ySplit]), [['frozen', 2]]);
  const sums = workbook.getWorksheet('表三')!;
  assert.deepEqual([3, 4, 5].map((r) => sums.getCell(r, 2).value), [12, 0, 11.5]);
  assert.deepEqual([3, 4].map((r) => sums.getCell(r, 1).value), ["'+本年新收", "'@上年结转"], 'formula-like text is neutralised');
});

it('writes a table without rows as its title and header only', async () => {
  const workbook = await read(await tableBlocksXlsx([{ sheet: '空', title: '无数据', header: ['单位'], rows: [] }]));
  const sheet = workbook.getWorksheet('空')!;
  assert.equal(sheet.rowCount, 2);
  assert.equal(sheet.getCell(2, 1).value, '单位');
});
