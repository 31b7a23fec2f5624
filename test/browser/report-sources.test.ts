/** The 年报 data-entry pages in Chromium without JavaScript, at 1280 px: table 二 figures and the case register. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { requireChromium, seriousA11yViolations } from '../helpers/browser.ts';
import { ARTIFACTS, type BrowserWorld, signIn, startBrowserWorld } from '../helpers/browserWorld.ts';

describe('年报 data-entry pages in a real browser, JavaScript off', () => {
  requireChromium();
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld([['editor', 'editor', '伊玉红']]);
  });
  after(() => world?.close());

  it('the 填表人 enters the figures and registers a case; bad input gets a Chinese message at the field', async () => {
    const base = world.server.url;
    const context = await world.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, base, 'editor');
    await page.goto(`${base}/admin/report-figures`);
    const figuresUrl = page.url();
    assert.match(figuresUrl, /\/admin\/report-figures\/[0-9a-f-]+\/\d{4}$/);
    await page.getByLabel('数值').first().fill('1,203');
    await page.getByLabel('来源').first().fill('政务服务平台统计');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('行政许可处理决定数量应为不小于0的整数（件），不用千位分隔符').waitFor();
    await page.getByLabel('数值').first().fill('1203');
    await page.getByLabel('数值').last().fill('12.3456');
    await page.getByLabel('来源').last().fill('财政非税收入系统');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存，下方表二已按新数据计算。').waitFor();
    assert.equal(await page.getByRole('cell', { name: '12.3456', exact: true }).count(), 1);
    await page.screenshot({ path: join(ARTIFACTS, 'report-figures-1280.png'), fullPage: true });

    await page.getByRole('link', { name: '行政复议、行政诉讼登记（表四）' }).click();
    await page.getByRole('link', { name: '登记案件' }).click();
    await page.getByLabel('案件类型').selectOption({ label: '行政复议' });
    await page.getByLabel('案号').fill('卫政复〔2025〕7号');
    await page.getByLabel('申请复议（起诉）日期').fill('2025-11-20');
    await page.getByLabel('决定（判决）日期').fill('2025-11-01');
    await page.getByLabel('结果').selectOption({ label: '维持' });
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('决定（判决）日期不能早于申请（起诉）日期').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'review-case-form-1280.png'), fullPage: true });
    await page.getByLabel('决定（判决）日期').fill('2026-01-10');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('案件已登记。').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'review-cases-1280.png'), fullPage: true });
    const listUrl = page.url();
    await context.close();

    const checked = await world.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(checked, base, 'editor');
    for (const url of [figuresUrl, listUrl, `${base}/admin/review-cases/new`]) {
      await checked.goto(url);
      assert.deepEqual(await seriousA11yViolations(checked), [], `axe on ${url}`);
    }
  });
});
