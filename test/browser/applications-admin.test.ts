import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { requireChromium, seriousA11yViolations } from '../helpers/browser.ts';
import { type BrowserWorld, signIn, startBrowserWorld } from '../helpers/browserWorld.ts';

/** Nothing wider than the phone: the page scrolls down, never sideways. */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

const dueOnShown = async (page: Page) => /(\d{4}-\d{2}-\d{2})/.exec((await page.locator('#due-on').textContent()) ?? '')?.[1];

describe('依申请公开 back office in a real browser at 375 px', () => {
  requireChromium();
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld([['editor', 'editor', '伊玉红']]);
  });
  after(async () => world?.close());

  it('registers an oral application, consults a third party, refuses a too-long extension, then extends; the register shows the same due date', async () => {
    const page = await world.browser.newPage({ viewport: { width: 375, height: 800 } });
    const base = world.server.url;
    await signIn(page, base, 'editor');
    await page.getByRole('link', { name: '依申请公开' }).first().click();
    await page.getByRole('link', { name: /登记申请/ }).click();
    await page.getByLabel('口头提出，由工作人员代为填写').check();
    await page.getByLabel('姓名或组织名称').fill('张三');
    await page.getByLabel('证件号码').fill('11010519491231002X');
    await page.getByLabel('联系电话').fill('13800000000');
    await page.getByLabel(/所需政府信息的名称/).fill('2025年度城乡居民医保基金收支情况');
    await page.getByRole('button', { name: '登记并生成受理回执' }).click();
    await page.getByText('政府信息公开申请受理回执').waitFor();
    assert.match((await page.locator('.slip-code').first().textContent()) ?? '', /^\d{8}-\d{6}$/);
    assert.match((await page.content()), /口头提出、由工作人员代为填写/);
    assert.equal(await horizontalOverflow(page), 0);

    await page.getByRole('link', { name: '打开该申请' }).click();
    await page.locator('#act-consultationStarted-party').fill('某医药公司');
    await page.getByRole('button', { name: '记录开始征求意见' }).click();
    await page.getByText('已记录：开始征求意见').waitFor();
    await page.locator('#act-extended-workingDays').fill('21');
    await page.locator('#act-extended-approvedBy').fill('王主任');
    await page.getByRole('button', { name: '记录延长' }).click();
    await page.locator('#act-extended-error').getByText('延长期限累计不得超过20个工作日（条例第三十三条），本次延长后为21个').waitFor();
    const before = await dueOnShown(page);
    await page.locator('#act-extended-workingDays').fill('10');
    await page.getByRole('button', { name: '记录延长' }).click();
    await page.getByText('已记录：延长答复期限').waitFor();
    const after = await dueOnShown(page);
    assert.ok(before && after && after > before, `${before} → ${after}`);
    assert.match(await page.locator('.clock-explanation').textContent() ?? '', /经王主任同意延长答复期限10个工作日/);
    assert.equal(await horizontalOverflow(page), 0);
    assert.deepEqual(await seriousA11yViolations(page), []);

    await page.goto(`${base}/admin/applications`);
    assert.match(await page.locator('.register-table tbody tr').first().textContent() ?? '', new RegExp(after!));
    assert.equal(await horizontalOverflow(page), 0);
    assert.deepEqual(await seriousA11yViolations(page), []);
    await page.close();
  });
});
