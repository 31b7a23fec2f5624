import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { requireChromium, seriousA11yViolations } from '../helpers/browser.ts';
import { ARTIFACTS, type BrowserWorld, startBrowserWorld } from '../helpers/browserWorld.ts';
import { contextFor, SHARED } from '../helpers/appContext.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';

/** The other four seed catalogs beside 中卫 (startBrowserWorld loads 000). */
const OTHER_SEEDS = ['001_4d728002a9a631f9', '002_b92ae7b28fe97c0b', '003_d1b07a4c651a3051', '004_10e874960aa90f81'];
const REPORT_ITEMS = ['政府信息公开年报', '政府信息公开年报', '政府信息公开年报', '公开年度工作报告', '政府信息公开年度工作报告'];
const RULE_ITEMS: (string | null)[] = ['政府信息公开制度及相关规定', null, null, null, '政府信息公开规定'];
const AGENCIES = ['中卫市医疗保障局', '固原市医疗保障局', '灵武市医疗保障局', '金凤区医疗保障局', '大武口区医疗保障局'];

async function seedOthers(dir: string): Promise<void> {
  const engine = await openDatabase(`sqlite:${join(dir, 'gongkai.db')}`);
  for (const name of OTHER_SEEDS) {
    await loadCatalog(contextFor(engine), JSON.parse(readFileSync(join(SHARED, 'golden', `${name}.json`), 'utf8')), { publish: true });
  }
  await engine.close();
}

async function checkPage(page: Page, shot: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${shot}.png`), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `${shot}: no sideways scroll (${overflow} px too wide)`);
  assert.deepEqual(await seriousA11yViolations(page), [], `${shot}: axe`);
}

/** Below a tablet's width (and in large text up to 1100 px) one card per item; otherwise the table, which in large text fits. */
async function checkCatalog(page: Page, width: number, large: boolean, label: string): Promise<void> {
  const cards = width <= 760 || (large && width <= 1100);
  assert.equal(await page.locator('.catalog-cards').isVisible(), cards, `${label}: cards`);
  assert.equal(await page.locator('.catalog-table-scroll').isVisible(), !cards, `${label}: table`);
  if (cards) {
    const card = page.locator('.item-card').filter({ hasText: '领导信息' }).first();
    for (const field of ['公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体']) {
      assert.ok(await card.getByText(field, { exact: true }).isVisible(), `${label}: the card shows ${field}`);
    }
  } else if (large) {
    const spare = await page.locator('.catalog-table-scroll').evaluate((box) => box.clientWidth - box.scrollWidth);
    assert.ok(spare >= -1, `${label}: the large-text table fits its box (${-spare} px too wide)`);
  }
  await checkPage(page, `portal-catalog-${label}`);
  await page.locator(cards ? '.item-card' : '.catalog-table-scroll').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, `portal-catalog-${label}-view.png`) });
  if (cards) {
    await page.locator('.item-card').getByRole('link', { name: '领导信息' }).click();
    await page.getByRole('heading', { level: 1, name: /领导信息/ }).waitFor();
    await checkPage(page, `portal-item-${label}`);
    await page.goBack();
  }
}

describe('the portal home page and column pages in a real browser (issue 13)', () => {
  requireChromium();
  let world: BrowserWorld;
  let browser: Browser;
  before(async () => {
    world = await startBrowserWorld([], seedOthers);
    browser = world.browser;
  });
  after(() => world?.close());

  for (const { width, large } of [{ width: 375, large: false }, { width: 1280, large: false }, { width: 375, large: true }, { width: 1280, large: true }]) {
    const label = `${width}${large ? '-large' : ''}`;
    it(`home → agency → 机构信息 → 法定主动公开内容 at ${label} px: every agency one step away`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      if (large) await context.addCookies([{ name: 'gk_display', value: 'large', url: world.server.url }]);
      const page = await context.newPage();
      await page.goto(`${world.server.url}/`);
      await page.getByRole('heading', { level: 1, name: '政务公开网' }).waitFor();
      for (const name of AGENCIES) assert.ok(await page.getByRole('link', { name, exact: true }).isVisible(), `${name} visible on the home page`);
      await checkPage(page, `portal-home-${label}`);
      await page.getByLabel('选择单位').first().selectOption({ label: '金凤区医疗保障局' });
      await page.getByRole('button', { name: '前往' }).first().click();
      await page.getByRole('heading', { name: '在线填写申请表' }).waitFor();
      await page.goto(`${world.server.url}/`);
      await page.getByRole('link', { name: '中卫市医疗保障局', exact: true }).click();
      await checkCatalog(page, width, large, label);
      await page.getByRole('navigation', { name: '政府信息公开栏目' }).getByRole('link', { name: '机构信息', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: '机构信息' }).waitFor();
      await page.getByRole('link', { name: '领导信息' }).waitFor();
      await checkPage(page, `portal-organization-${label}`);
      await page.getByRole('link', { name: '法定主动公开内容' }).first().click();
      await page.getByRole('heading', { level: 1, name: '法定主动公开内容' }).waitFor();
      await checkPage(page, `portal-content-${label}`);
      await context.close();
    });
  }

  it('the 年报 and 制度 columns of all five seed agencies show their items', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const [index, agency] of AGENCIES.entries()) {
      await page.goto(`${world.server.url}/`);
      await page.getByRole('link', { name: agency, exact: true }).click();
      const agencyUrl = page.url();
      await page.goto(`${agencyUrl}/reports`);
      assert.equal(await page.locator('.column-page .hint a').first().textContent(), REPORT_ITEMS[index], `${agency} 年报`);
      await page.goto(`${agencyUrl}/rules`);
      const rule = RULE_ITEMS[index];
      if (rule) assert.equal(await page.locator('.column-page .hint a').first().textContent(), rule, `${agency} 制度`);
      else await page.getByText('没有对应“政府信息公开制度”的事项').waitFor();
    }
    await page.close();
  });
});
