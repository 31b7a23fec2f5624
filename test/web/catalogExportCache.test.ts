/**
 * Public catalog downloads are rendered once per published version (a PDF costs about a
 * second of CPU), in a worker thread, then served from the cache; publishing a new version
 * gives a new file. Before, every anonymous GET …/catalog.pdf rendered the PDF again on the
 * main thread.
 */
import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { stopParseWorkers } from '../../src/importers/workers/parsePool.ts';
import { readPdf } from '../../src/importers/pdf/index.ts';
import { exportRenderCounts, stopExportWorker } from '../../src/web/public/catalogExportCache.ts';
import { contextFor, goldenCatalog } from '../helpers/appContext.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';

after(() => Promise.all([stopExportWorker(), stopParseWorkers()]));

describeEachEngine('public catalog downloads are cached per published version', (open) => {
  it('renders catalog.pdf once per version, serves the same bytes again, and renders a new version anew', async () => {
    const web = await buildWebTestApp(await open());
    const url = `/agencies/${web.agencyA}/catalog.pdf`;
    const rendersBefore = exportRenderCounts.pdf;
    const [first, concurrent] = await Promise.all([web.client().get(url), web.client().get(url)]);
    const second = await web.client().get(url);
    for (const response of [first, concurrent, second]) {
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'application/pdf');
    }
    assert.equal(exportRenderCounts.pdf - rendersBefore, 1, 'three downloads, one render');
    assert.ok(first.rawPayload.equals(second.rawPayload) && first.rawPayload.equals(concurrent.rawPayload));

    const golden = goldenCatalog() as { title: string; items: { content: string }[] };
    const changed = { ...golden, items: golden.items.map((item, i) => (i === 0 ? { ...item, content: '新版本的公开内容' } : item)) };
    await loadCatalog(contextFor(web.engine, undefined, web.clock), changed, { publish: true });
    const third = await web.client().get(url);
    assert.equal(third.statusCode, 200);
    assert.equal(exportRenderCounts.pdf - rendersBefore, 2, 'the new version is rendered once');
    assert.ok(!third.rawPayload.equals(first.rawPayload), 'a new version, a new PDF');
    const table = await readPdf(new Uint8Array(third.rawPayload));
    assert.ok(table.rows.some((row) => row.some((cell) => cell.text.includes('新版本的公开内容'))), 'the new PDF holds the new content');
  });

  it('caches Word and Excel downloads too, per format', async () => {
    const web = await buildWebTestApp(await open());
    for (const format of ['docx', 'xlsx'] as const) {
      const before = exportRenderCounts[format];
      const url = `/agencies/${web.agencyA}/catalog.${format}`;
      const [a, b] = [await web.client().get(url), await web.client().get(url)];
      assert.equal(a.statusCode, 200);
      assert.ok(a.rawPayload.equals(b.rawPayload));
      assert.equal(exportRenderCounts[format] - before, 1, format);
    }
  });
});
