import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import PDFDocument from 'pdfkit';
import { exportPdf } from '../../src/exporters/pdf.ts';
import { buildForm } from '../../src/exporters/form.ts';
import { readPdf } from '../../src/importers/pdf/index.ts';
import { formToGrid, goldens, squash } from '../fixtures/catalogFiles.ts';

describe('readPdf', () => {
  for (const golden of goldens()) {
    it(`rebuilds the exported table of ${golden.name} from rulings and text positions`, async () => {
      const table = await readPdf(await exportPdf(golden.catalog));
      const form = buildForm(golden.catalog);
      assert.deepEqual(table.before.map(squash), [form.title, form.metaLine, form.summaryLine].map(squash));
      const expected = formToGrid(form);
      assert.equal(table.rows.length, expected.length);
      const level1 = form.columns.findIndex((c) => c.key === 'level1');
      let group = '';
      expected.forEach((row, r) => {
        const got = table.rows[r]!;
        assert.equal(got.length, row.length, `row ${r} cell count`);
        row.forEach((cell, c) => {
          if (!cell.mergedFromAbove && c === level1) group = cell.text;
          const actual = got[c]!;
          // A merged 一级事项 cell broken by a page break repeats its text on the next page.
          if (cell.mergedFromAbove && c === level1 && r >= 2 && !actual.mergedFromAbove) assert.equal(squash(actual.text), squash(group));
          else {
            assert.equal(!!actual.mergedFromAbove, !!cell.mergedFromAbove, `row ${r} col ${c} merge`);
            assert.equal(squash(actual.text), squash(cell.text), `row ${r} col ${c}`);
            assert.equal(actual.colSpan ?? 1, cell.colSpan ?? 1);
          }
        });
      });
    });
  }

  it('keeps numbered 公开依据 entries on their own lines and joins wrapped lines', async () => {
    const catalog = goldens()[0]!.catalog;
    const item = catalog.items.find((i) => i.basis.length > 1)!;
    const table = await readPdf(await exportPdf({ ...catalog, items: [item] }));
    const basisCell = table.rows[2]!.find((cell) => cell.text.startsWith('1.'))!;
    assert.equal(basisCell.text.split('\n').length, item.basis.length);
  });

  it('refuses a PDF without a text layer: no OCR', async () => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => doc.on('end', resolve));
    doc.rect(50, 50, 200, 100).fill('#333');
    doc.end();
    await done;
    await assert.rejects(readPdf(Buffer.concat(chunks)), { code: 'import.unreadable', message: 'PDF 没有文字层，暂不支持 OCR' });
  });

  it('refuses a truncated PDF with import.unreadable', async () => {
    const bytes = await exportPdf(goldens()[3]!.catalog);
    await assert.rejects(readPdf(bytes.subarray(0, 2000)), { code: 'import.unreadable' });
  });
});
