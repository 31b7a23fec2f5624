/**
 * One request must not stop the site: hostile attachments (small Word files whose XML
 * inflates to 10–40 MB, a ~100 KB PDF of 1.3 million text runs) and a hostile catalog
 * import (870 KB Word file, 190 MB of XML) are refused with a Chinese message while other
 * visitors' pages keep coming. Before parsing moved to workers, the same uploads held every
 * request for 8–20 s (docs/benchmarks.md); the bound below is generous so load cannot flake it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { stopParseWorkers } from '../../src/importers/workers/parsePool.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp, type WebClient, type WebTestApp } from '../helpers/webApp.ts';
import { operatorBombPdf, paragraphBombDocx, tableBombDocx } from '../importers/hostileFiles.ts';
import { createViaForm, documentForm, itemId } from './documentsFixture.ts';

process.env.GONGKAI_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'gongkai-hostile-'));
after(stopParseWorkers);

const OTHER_REQUEST_BOUND_MS = 1500;

/** Runs `upload` while a visitor asks for the agency page again and again; returns the upload's answer and the slowest wait for a page. */
async function whileOthersBrowse(web: WebTestApp, upload: () => Promise<LightMyRequestResponse>): Promise<{ response: LightMyRequestResponse; slowest: number; pages: number }> {
  const visitor = web.client();
  let done = false;
  let slowest = 0;
  let pages = 0;
  const browsing = (async () => {
    // Latency from when the visitor means to ask (10 ms after the last answer): a stalled event loop
    // delays the timer or the answer, and either way the visitor waits.
    let wantsAt = performance.now();
    while (!done) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, wantsAt - performance.now())));
      const page = await visitor.get(`/agencies/${web.agencyA}`);
      assert.equal(page.statusCode, 200);
      slowest = Math.max(slowest, performance.now() - wantsAt);
      pages++;
      wantsAt = performance.now() + 10;
    }
  })();
  const response = await upload().finally(() => (done = true));
  await browsing;
  return { response, slowest, pages };
}

function assertRefusedInChinese(response: LightMyRequestResponse, status: number, message: RegExp) {
  assert.equal(response.statusCode, status, response.body.slice(0, 400));
  assert.match(response.body, message);
  assert.doesNotMatch(response.body, /\n\s+at |ERR_WORKER|Error:/);
}

describeEachEngine('hostile uploads do not stop the site', (open) => {
  it('refuses hostile attachments while other pages stay fast, and keeps answering afterwards', async () => {
    const web = await buildWebTestApp(await open());
    const editor: WebClient = await web.signedIn('editorA');
    const id = await createViaForm(web, editor, documentForm(await itemId(web, '规范性文件')));
    const cases: [string, Uint8Array, RegExp][] = [
      ['通知.docx', paragraphBombDocx(10), /解压后超过 8 MB/],
      ['汇编.docx', paragraphBombDocx(40), /解压后超过 8 MB/],
      ['扫描件.pdf', operatorBombPdf(1_300_000), /PDF 文字片段过多/],
    ];
    for (const [name, bytes, message] of cases) {
      await editor.get(`/admin/documents/${id}`);
      const { response, slowest, pages } = await whileOthersBrowse(web, () => editor.postFile(`/admin/documents/${id}/attachments`, { field: 'file', name, bytes }));
      console.log(`# ${name} (${(bytes.length / 1024).toFixed(0)} KB): answered ${response.statusCode}; another visitor's page at worst ${slowest.toFixed(0)} ms over ${pages} pages`);
      assertRefusedInChinese(response, 409, message); // the document page, with the message shown above the form
      assert.ok(pages >= 1, `${name}: the visitor was served`);
      assert.ok(slowest < OTHER_REQUEST_BOUND_MS, `${name}: another visitor's page took ${slowest.toFixed(0)} ms`);
    }
    assert.equal((await web.client().get('/')).statusCode, 200);
    assert.doesNotMatch((await editor.get(`/admin/documents/${id}`)).body, /通知\.docx|汇编\.docx|扫描件\.pdf/, 'nothing attached');
  });

  it('refuses an 870 KB catalog with 190 MB of XML on the import page, and the server goes on', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    await editor.get(`/admin/agencies/${web.agencyA}/import`);
    const bytes = tableBombDocx(190);
    assert.ok(bytes.length < 1024 * 1024, `small on disk (${bytes.length} bytes)`);
    const { response, slowest } = await whileOthersBrowse(web, () => editor.postFile(`/admin/agencies/${web.agencyA}/import`, { field: 'file', name: '目录.docx', bytes }));
    console.log(`# import 目录.docx (${(bytes.length / 1024).toFixed(0)} KB): answered ${response.statusCode}; another visitor's page at worst ${slowest.toFixed(0)} ms`);
    assertRefusedInChinese(response, 400, /word\/document\.xml 解压后超过 8 MB/);
    assert.ok(slowest < OTHER_REQUEST_BOUND_MS, `another visitor's page took ${slowest.toFixed(0)} ms`);
    assert.equal((await web.client().get(`/agencies/${web.agencyA}`)).statusCode, 200);
  });
});
