import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocx } from '../../src/importers/docx/readDocx.ts';
import { importCatalogFile } from '../../src/importers/importCatalogFile.ts';
import { readPdf, stopPdfWorker } from '../../src/importers/pdf/index.ts';
import type { GridRow } from '../../src/importers/table/grid.ts';
import { readXlsx } from '../../src/importers/xlsx/readXlsx.ts';
// @ts-expect-error the scorer is plain JavaScript without types
import { scoreCatalog } from '../../../shared/tools/score-catalog.mjs';

/**
 * Real office files, not our exporter's: the import corpus's .docx, .xlsx and .pdf written by
 * LibreOffice (docs/import-corpus.md) — 25% narrower columns, 一级事项 merged vertically, header rows
 * repeated on every page, rows split over page breaks, Wingdings boxes.
 */
const CORPUS = fileURLToPath(new URL('../fixtures/import-corpus/', import.meta.url));
const bases = readdirSync(join(CORPUS, 'docx'))
  .filter((f) => f.endsWith('.docx'))
  .map((f) => f.slice(0, -'.docx'.length));
const bytesOf = (format: string, base: string) => new Uint8Array(readFileSync(join(CORPUS, format, `${base}.${format}`)));


/** A row as text to compare: spans, merges, the cell text without whitespace; a Wingdings box as the box it shows. */
const comparable = (rows: GridRow[]) =>
  rows.map((row) =>
    row.map((cell) => `${cell.mergedFromAbove ? '^' : ''}${cell.colSpan ?? 1}:${cell.text.replace(/\s+/g, '').replaceAll('þ', '☑').replaceAll('¨', '☐')}`),
  );

// Layouts the table interpreter reads today; 事项名称 headers and rows without 序号 are the interpreter's (issue 12).
const READ_WELL = /-(national|five|kou)(-narrow)?$/;

describe('office files written by LibreOffice', () => {
  after(() => stopPdfWorker());

  for (const base of bases) {
    it(`${base}: the PDF and the .xlsx give the table the .docx holds`, async () => {
      const docx = comparable(readDocx(bytesOf('docx', base)).rows);
      assert.deepEqual(comparable((await readPdf(bytesOf('pdf', base))).rows), docx);
      assert.deepEqual(comparable((await readXlsx(bytesOf('xlsx', base))).rows), docx);
    });
  }

  // pdf-calc: Calc prints the title rows inside the table, one row a page when rows are tall, and a merged
  // cell's label centred over the whole merged cell (on a later page, or clipped below a page's table).
  const cases = bases.filter((b) => READ_WELL.test(b)).flatMap((b) => ['docx', 'xlsx', 'pdf', 'pdf-calc'].map((format) => ({ base: b, format })));
  for (const { base, format } of cases.filter((c) => c.format !== 'pdf-calc' || /^(seed000|seed004|huinong)/.test(c.base))) {
    const ext = format === 'pdf-calc' ? 'pdf' : format;
    it(`imports ${format}/${base}.${ext} as its golden catalog, no item invented`, async () => {
      const path = join(CORPUS, format, `${base}.${ext}`);
      const { catalog } = await importCatalogFile(new Uint8Array(readFileSync(path)));
      const golden = JSON.parse(readFileSync(`${path}.json`, 'utf8')) as unknown;
      const score = scoreCatalog(golden, catalog) as { accuracy: number; extra: number; misses: unknown[] };
      assert.equal(score.extra, 0);
      assert.ok(score.accuracy >= 0.97, `${(100 * score.accuracy).toFixed(1)}%: ${JSON.stringify(score.misses.slice(0, 5))}`);
    });
  }
});
