import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { requireChromium, seriousA11yViolations } from '../helpers/browser.ts';
import { ARTIFACTS, type BrowserWorld, startBrowserWorld } from '../helpers/browserWorld.ts';

const PHONE = { width: 375, height: 812 };

/**
 * A phone screenshot and a desktop one of the same page (no reload: the receipt is shown once).
 * axe needs scripts in the page, so it runs only where JavaScript is on (it never settles without).
 */
async function shoot(page: Page, name: string, axe = true): Promise<void> {
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: join(ARTIFACTS, `citizen-${name}-375.png`), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${name}: the page scrolls sideways on a phone by ${overflow}px`);
  if (axe) assert.deepEqual(await seriousA11yViolations(page), [], `${name}: serious accessibility violations`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(ARTIFACTS, `citizen-${name}-1280.png`), fullPage: true });
  await page.setViewportSize(PHONE);
}

/** What an older applicant taps on a phone: at least 44 px high; text in inputs at least 16 px (no zoom-in on focus). */
async function assertTappable(page: Page, selector: string): Promise<void> {
  const small = await page.evaluate((sel) => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(sel))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      const font = parseFloat(getComputedStyle(el).fontSize);
      if (box.height < 44 || font < 16) found.push(`${el.tagName}#${el.id || el.textContent?.trim().slice(0, 8)} ${Math.round(box.height)}px/${font}px`);
    }
    return found;
  }, selector);
  assert.deepEqual(small, [], `${selector}: too small to tap or read`);
}

/** Fill in the form as a citizen would, wait like a person (the form refuses posts within 3 s) and submit. */
async function fillAndSubmit(page: Page, request: string): Promise<{ trackingNo: string; queryCode: string }> {
  await page.getByLabel('自然人').check();
  await page.getByLabel('姓名或组织名称').fill('马秀兰');
  await page.getByLabel('证件类型').selectOption({ label: '居民身份证' });
  await page.getByLabel('证件号码').fill('11010519491231002x');
  await page.getByLabel('联系电话').fill('13995512345');
  await page.getByLabel('通信地址').fill('宁夏中卫市沙坡头区文昌镇');
  await page.getByLabel('所需政府信息的描述').fill(request);
  await page.getByLabel('纸质', { exact: true }).check();
  await page.getByLabel('邮寄', { exact: true }).check();
  await page.waitForTimeout(3_200);
  await page.getByRole('button', { name: '提交申请' }).click();
  await page.getByRole('heading', { name: '您的申请已提交' }).waitFor();
  return { trackingNo: (await page.locator('#tracking-no').textContent())!.trim(), queryCode: (await page.locator('#query-code').textContent())!.trim() };
}

describe('a citizen applies on a phone and looks the application up', () => {
  requireChromium();
  let browser: Browser;
  let base: string;
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld([]);
    browser = world.browser;
    base = world.server.url;
  });
  after(() => world?.close());

  it('applies without JavaScript at 375 px, gets the codes once, then finds the application by them', async () => {
    const noScript = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: '中卫市医疗保障局' }).first().click();
    await page.getByRole('link', { name: '依申请公开' }).click();
    await page.getByRole('heading', { name: '在线填写申请表' }).waitFor();
    // The heading is in the DOM before the stylesheet has loaded under load; sizes are measured once it has.
    await page.waitForLoadState('load');
    await assertTappable(page, '.application-form .choice, .application-form input:not([type=hidden]):not([type=radio]):not(#homepage), .application-form select, .application-form button');
    await page.getByLabel('证件号码').fill('110105194912310021');
    await page.getByLabel('所需政府信息的描述').fill('2025年城乡居民医保门诊统筹基金支出情况');
    await page.waitForTimeout(3_200);
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.locator('#idNumber-error').getByText('居民身份证号码不正确').waitFor();
    assert.ok((await page.evaluate(() => window.scrollY)) > 300, 'the answer opens at the form and its messages, past the introduction');
    await page.getByRole('link', { name: /^居民身份证号码不正确/ }).click();
    assert.ok(page.url().endsWith('#idNumber'), 'the summary links to the field');
    assert.equal(await page.getByLabel('所需政府信息的描述').inputValue(), '2025年城乡居民医保门诊统筹基金支出情况', 'what was typed is kept');
    await shoot(page, 'form-errors', false);
    const { trackingNo, queryCode } = await fillAndSubmit(page, '2025年城乡居民医保门诊统筹基金支出情况');
    assert.match(trackingNo, /^\d{8}-\d{6}$/);
    assert.match(queryCode, /^\d{8}$/);
    assert.ok(!page.url().includes(queryCode));
    assert.equal(await page.getByRole('button', { name: '打印本页' }).isVisible(), false, 'no print button without JavaScript');
    await shoot(page, 'receipt', false);
    await page.reload();
    await page.getByRole('heading', { name: '回执只显示一次' }).waitFor();

    const phone = await browser.newPage({ viewport: PHONE });
    await phone.goto(`${base}/apply/status`);
    await phone.getByLabel('受理编号').fill(trackingNo.replace('-', ''));
    await phone.getByLabel('查询码').fill(queryCode);
    await phone.getByRole('button', { name: '查询' }).click();
    await phone.getByText('已提交，待确认收到').first().waitFor();
    assert.ok(!(await phone.content()).includes('马秀兰'), 'no personal data on the status page');
    await assertTappable(phone, '.status-form input:not([type=hidden]), .status-form button');
    await shoot(phone, 'status');
    await noScript.close();
    await phone.close();
  });

  it('the same in large-text mode, with the print button when JavaScript runs', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    await context.addCookies([{ name: 'gk_display', value: 'large', url: base }]);
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: '中卫市医疗保障局' }).first().click();
    await page.getByRole('link', { name: '依申请公开' }).click();
    await shoot(page, 'form-large');
    const { trackingNo, queryCode } = await fillAndSubmit(page, '2024年度医疗救助资金分配文件（文号）');
    // The deferred print.js shows the button once it has run (a busy machine may take a moment).
    await page.getByRole('button', { name: '打印本页' }).waitFor({ state: 'visible' });
    await shoot(page, 'receipt-large');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(ARTIFACTS, 'citizen-receipt-print.png'), fullPage: true });
    assert.equal(await page.getByRole('button', { name: '打印本页' }).isVisible(), false, 'the paper copy has no buttons');
    assert.equal(await page.locator('.site-search').isVisible(), false);
    assert.equal(await page.locator('#query-code').textContent(), queryCode, 'the codes are on paper');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: '查询办理进度' }).click();
    await page.getByLabel('受理编号').fill(trackingNo);
    await page.getByLabel('查询码').fill(queryCode);
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('已提交，待确认收到').first().waitFor();
    await shoot(page, 'status-large');
    await context.close();
  });
});
