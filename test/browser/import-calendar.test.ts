import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { requireChromium, seriousA11yViolations } from '../helpers/browser.ts';
import { ARTIFACTS, type BrowserWorld, GOLDEN_ZHONGWEI, signIn, startBrowserWorld } from '../helpers/browserWorld.ts';
import { parseCatalogDocument } from '../../src/domain/catalog/catalogSchema.ts';
import { exportCatalog } from '../../src/exporters/index.ts';


/** Screenshots at 1280 and 360 px; the page itself must not scroll sideways on a phone (tables scroll inside their region). */
async function shoot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(ARTIFACTS, `${name}-1280.png`) });
  await page.setViewportSize({ width: 360, height: 780 });
  await page.screenshot({ path: join(ARTIFACTS, `${name}-360.png`) });
  // The second screen on a phone (findings, forms) and the whole page for the record.
  await page.evaluate(() => window.scrollTo(0, 700));
  await page.screenshot({ path: join(ARTIFACTS, `${name}-360-2.png`) });
  await page.screenshot({ path: join(ARTIFACTS, `${name}-360-full.png`), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${name}: the page scrolls sideways on a phone by ${overflow}px`);
  assert.deepEqual(await seriousA11yViolations(page), [], `${name}: serious accessibility violations`);
}

describe('import preview and calendar pages in a real browser', () => {
  requireChromium();
  let browser: Browser;
  let server: { url: string; stop(): Promise<void> };
  let dir: string;

  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld([['editor', 'editor', '伊玉红'], ['admin', 'system_admin', '系统管理员']]);
    ({ browser, server, dir } = world);
    writeFileSync(join(dir, '中卫市医疗保障局目录.docx'), await exportCatalog(parseCatalogDocument(JSON.parse(readFileSync(GOLDEN_ZHONGWEI, 'utf8'))), 'docx'));
  });

  after(() => world?.close());

  it('editor uploads a Word catalog, sees the preview with findings, and saves it as a draft', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, server.url, 'editor');
    await page.getByRole('link', { name: '中卫市医疗保障局', exact: true }).click();
    await page.getByRole('link', { name: /导入目录文件/ }).click();
    await page.getByLabel('目录文件').setInputFiles(join(dir, '中卫市医疗保障局目录.docx'));
    await page.getByRole('button', { name: '上传并预览' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/import'), { waitUntil: 'load' }).catch(() => undefined);
    const preview = page.getByRole('heading', { name: '导入预览' });
    if (!(await preview.isVisible())) assert.fail(`没有出现导入预览：${page.url()}\n${await page.locator('main').innerText().catch(() => '')}`);
    assert.ok(await page.getByText('36 项', { exact: true }).isVisible());
    await shoot(page, 'import-preview');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: '保存为新草稿' }).click();
    await page.getByText('导入的目录已保存为新草稿').waitFor();
    await page.close();
  });

  it('system admin sees the calendar and previews a notice', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, server.url, 'admin');
    await page.getByRole('link', { name: '工作日历' }).click();
    await page.getByRole('heading', { name: '工作日历', level: 1 }).waitFor();
    await shoot(page, 'calendar');
    await page.setViewportSize({ width: 1280, height: 900 });
    const { NOTICE_2027_SAMPLE } = await import('../calendar/noticeTexts.ts');
    await page.getByLabel('通知全文').fill(NOTICE_2027_SAMPLE);
    await page.getByRole('button', { name: '预览解析结果' }).click();
    await page.getByRole('heading', { name: /预览：/ }).waitFor();
    await shoot(page, 'calendar-notice-preview');
    await page.close();
  });
});
