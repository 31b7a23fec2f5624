import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { exportXlsx } from '../../src/exporters/xlsx.ts';
import { buildForm } from '../../src/exporters/form.ts';
import { readXlsx } from '../../src/importers/xlsx/readXlsx.ts';
import { importCatalogFile } from '../../src/importers/importCatalogFile.ts';
import { stopParseWorkers } from '../../src/importers/workers/parsePool.ts';
import { formToGrid, goldens } from '../fixtures/catalogFiles.ts';

describe('readXlsx', () => {
  after(() => stopParseWorkers());

  // Issue 12: re-importing our own export reported "36 行的单元格位置与表头不一致" — every row counted as moved.
  for (const golden of goldens()) {
    it(`re-imports our own .xlsx export of ${golden.name} without realigning a single row`, async () => {
      const { catalog, findings } = await importCatalogFile(await exportXlsx(golden.catalog, { mergeLevel1: true }));
      assert.equal(catalog.items.length, golden.catalog.items.length);
      assert.deepEqual(
        findings.filter((f) => f.message.includes('单元格位置与表头不一致')),
        [],
      );
    });
  }

  for (const golden of goldens()) {
    it(`gives back the exported form of ${golden.name}: text, merges, spans`, async () => {
      const table = await readXlsx(await exportXlsx(golden.catalog, { mergeLevel1: golden.name.startsWith('000') }));
      const form = buildForm(golden.catalog, { mergeLevel1: golden.name.startsWith('000') });
      assert.deepEqual(table.before, [form.title, form.metaLine, form.summaryLine]);
      assert.deepEqual(table.rows, formToGrid(form));
    });
  }

  it('reads a merged range as top-left text, colSpan to the right and mergedFromAbove below; rich text and formulas by value', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.getCell('A1').value = '某局政务公开目录';
    sheet.mergeCells('A1:D1');
    sheet.getCell('A2').value = '序号';
    sheet.getCell('B2').value = '公开事项';
    sheet.mergeCells('B2:C3');
    sheet.getCell('D2').value = { richText: [{ text: '公开' }, { text: '渠道' }] };
    sheet.getCell('A3').value = { formula: '1+1', result: 2 };
    sheet.getCell('D3').value = { richText: [{ text: 'þ', font: { name: 'Wingdings' } }, { text: '政府网站' }] };
    const table = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
    assert.deepEqual(table.before, ['某局政务公开目录']);
    assert.deepEqual(table.rows, [
      [{ text: '序号' }, { text: '公开事项', colSpan: 2 }, { text: '公开渠道' }],
      [{ text: '2' }, { text: '', mergedFromAbove: true, colSpan: 2 }, { text: '☑政府网站' }],
    ]);
  });

  it('refuses corrupt workbooks with import.unreadable', async () => {
    const bytes = await exportXlsx(goldens()[0]!.catalog);
    await assert.rejects(readXlsx(bytes.subarray(0, bytes.length - 100)), { code: 'import.unreadable' });
  });
});
