/**
 * No flakes: our own exported PDFs import while every core is busy. The PDF reader
 * used to refuse a file after a 1.5 s wall-clock budget ("PDF 文件解析超时"), which a
 * loaded machine could pass on a perfectly good file; it now counts its work (pages,
 * operators, text items — PDF_WORK_LIMITS) and only a minute-plus backstop is timed.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { exportPdf } from '../../src/exporters/pdf.ts';
import { importCatalogFile } from '../../src/importers/importCatalogFile.ts';
import { stopParseWorkers } from '../../src/importers/workers/parsePool.ts';
import { goldens } from '../fixtures/catalogFiles.ts';

/** One busy loop per core plus one, in threads of this process, for as long as the test runs. */
const spinners: Worker[] = [];

describe('PDF import under CPU load', () => {
  before(() => {
    for (let i = 0; i <= availableParallelism(); i++) spinners.push(new Worker('for (;;) {}', { eval: true }));
  });
  after(async () => {
    await Promise.all(spinners.map((spinner) => spinner.terminate()));
    await stopParseWorkers();
  });

  it('imports every exported golden catalog PDF with all its items while the CPU is saturated', async () => {
    for (const golden of goldens()) {
      const bytes = await exportPdf(golden.catalog);
      const { catalog, format } = await importCatalogFile(bytes);
      assert.equal(format, 'pdf');
      assert.equal(catalog.items.length, golden.catalog.items.length, golden.name);
      assert.deepEqual(catalog.items.map((item) => item.level2), golden.catalog.items.map((item) => item.level2), golden.name);
    }
  });

});
