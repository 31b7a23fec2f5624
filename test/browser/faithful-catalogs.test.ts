/**
 * Issue 12 (faithful catalogs), in a real browser: the public catalogs of 灵武 and 大武口, imported from their seeds as
 * the demo does, show the source's columns as written, at 375 and 1280 px; screenshots in test-artifacts/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { requireChromium, seriousA11yViolations } from '../helpers/browser.ts';
import { ARTIFACTS, startBrowserWorld, type BrowserWorld } from '../helpers/browserWorld.ts';
import { contextFor } from '../helpers/appContext.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { DEMO_SEED_DIR } from '../../src/app/demo/seedDemoData.ts';
import { importCatalogFile } from '../../src/importers/importCatalogFile.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';

const SEEDS = { lingwu: '002_b92ae7b28fe97c0b.txt', dawukou: '004_10e874960aa90f81.txt' } as const;

describe('the public catalogs of 灵武 and 大武口 as their sources write them (browser)', () => {
  let world: BrowserWorld;
  const agencies: Partial<Record<keyof typeof SEEDS, string>> = {};

  before(async () => {
    requireChromium();
    world = await startBrowserWorld([], async (dir) => {
      const engine = await openDatabase(`sqlite:${join(dir, 'gongkai.db')}`);
      for (const [name, file] of Object.entries(SEEDS) as [keyof typeof SEEDS, string][]) {
        const { catalog } = await importCatalogFile(new Uint8Array(readFileSync(join(DEMO_SEED_DIR, file))));
        agencies[name] = (await loadCatalog(contextFor(engine), { ...catalog, source: file }, { publish: true, source: file })).agencyId;
      }
      await engine.close();
    });
  });
  after(async () => world?.close());

  for (const width of [375, 1280]) {
    it(`shows each table's own columns at ${width} px`, async () => {
      const page = await world.browser.newPage({ viewport: { width, height: 900 } });
      for (const name of Object.keys(SEEDS) as (keyof typeof SEEDS)[]) {
        await page.goto(`${world.server.url}/agencies/${agencies[name]}`);
        await page.screenshot({ path: join(ARTIFACTS, `faithful-${name}-${width}.png`) });
        await page.screenshot({ path: join(ARTIFACTS, `faithful-${name}-${width}-full.png`), fullPage: true });
        // A phone gets one card per item (issue 13): the same columns, labelled as the source writes them.
        const phone = width < 760;
        if (!phone) await page.locator('.catalog-table thead, .catalog-table tbody').nth(1).screenshot({ path: join(ARTIFACTS, `faithful-${name}-${width}-first-group.png`) });
        const headers = await page.locator(phone ? '.item-card .card-field dt' : '.catalog-table thead th').allInnerTexts();
        const rows = await page.locator(phone ? '.item-card' : '.catalog-table tbody tr').count();
        if (name === 'lingwu') {
          assert.equal(rows, 15);
          for (const label of ['备注', '网站所属栏目', phone ? '所属“五公开”类型' : '决策', phone ? '公开方式' : '结果']) assert.ok(headers.includes(label), `灵武 has ${label}`);
          assert.ok(!headers.some((text) => /公开对象|全社会/.test(text)), '灵武 has no 公开对象 column');
          assert.equal(await page.locator('h1#catalog-title').innerText(), '灵武市医疗保障局', 'no title invented: the agency names the page');
        } else {
          assert.equal(rows, 19);
          assert.ok(!headers.some((text) => /公开方式|备注|五公开/.test(text)), '大武口 has no 公开方式, 备注 or 五公开 column');
          const written = phone ? page.locator('.card-field[data-card-field="channels"] dd', { hasText: '部门网站' }) : page.locator('.catalog-table li.ticked', { hasText: '部门网站' });
          assert.equal(await written.count(), 1, '■部门网站 as written');
          assert.equal(await page.locator('.signoff, .summary-line').count(), 0, 'no header block or summary line the source lacks');
        }
        assert.deepEqual(await seriousA11yViolations(page), []);
      }
      await page.close();
    });
  }
});
