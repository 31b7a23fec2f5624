import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { requireChromium, seriousA11yViolations } from '../helpers/browser.ts';
import { signOffStep, submitWithReason } from '../helpers/browserSteps.ts';
import { ARTIFACTS, BROWSER_PASSWORD, type BrowserWorld, signIn, signOut, startBrowserWorld } from '../helpers/browserWorld.ts';

const PASSWORD = BROWSER_PASSWORD;
const LINT_REASON = '来源目录原有的检查错误，下一版统一更正';
const EDITED = '机构名称、办公地址、办公时间、办公电话、传真、邮政编码、网上办事入口（浏览器测试修改）';

describe('catalog workflow in a real browser', () => {
  requireChromium();
  let browser: Browser;
  let server: { url: string; stop(): Promise<void> };

  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld([['editor', 'editor', '伊玉红'], ['reviewer', 'reviewer', '张华'], ['approver', 'approver', '李新忠']]);
    ({ browser, server } = world);
  });

  after(() => world?.close());

  it('editor edits and submits, reviewer passes, approver signs off, the public sees the change', async () => {
    const base = server.url;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', (dialog) => void dialog.accept());

    await signIn(page, base, 'editor');
    await page.getByRole('link', { name: '中卫市医疗保障局', exact: true }).click();
    await page.getByRole('button', { name: '以现行目录为基础新建草稿' }).click();
    await page.getByText('已新建草稿').waitFor();
    const versionUrl = page.url().replace(/\?.*$/, '');
    await page.getByRole('link', { name: '编辑 机构信息' }).click();
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'item-form-1280.png') });
    await page.getByLabel('公开内容（要素）').fill(EDITED);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('事项已保存').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'version-1280.png') });
    // 中卫's catalog keeps its source's lint errors, so the submission needs a written reason (docs/adr/0010).
    await submitWithReason(page, LINT_REASON);
    await signOut(page);

    await signIn(page, base, 'reviewer');
    await page.goto(versionUrl);
    // The reviewer's page leads with «与上一版相比» (the full table is folded): the edit is shown there, after the change.
    assert.ok(await page.locator('section.version-changes dd').filter({ hasText: EDITED }).isVisible());
    assert.ok(await page.getByText(LINT_REASON).isVisible(), 'the reviewer reads the reason');
    await signOffStep(page, '复核通过');
    await signOut(page);

    await signIn(page, base, 'approver');
    await page.goto(versionUrl);
    await signOffStep(page, '审签发布');
    await signOut(page);

    await page.getByRole('link', { name: '中卫市医疗保障局', exact: true }).click();
    await page.getByRole('heading', { name: '中卫市医疗保障局政务公开清单目录' }).waitFor();
    assert.ok(await page.getByRole('cell', { name: EDITED }).isVisible(), 'the public table shows the signed-off text');
    assert.ok(await page.getByText('李新忠').first().isVisible());
    assert.deepEqual(await seriousA11yViolations(page), [], 'no serious accessibility violations on the public agency page');

    await page.screenshot({ path: join(ARTIFACTS, 'agency-1280.png') });
    await page.setViewportSize({ width: 360, height: 780 });
    await page.screenshot({ path: join(ARTIFACTS, 'agency-360.png') });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page itself must not scroll sideways on a phone (the catalog is one card per item): ${overflow}px`);
    await page.locator('.item-card').getByRole('link', { name: '机构信息' }).click();
    await page.getByRole('heading', { name: '机构信息' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'item-360.png'), fullPage: true });
    await page.close();
  });

  it('signs in with the keyboard alone, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    let focused = await page.evaluate(() => document.activeElement?.id);
    for (let i = 0; i < 5 && focused !== 'username'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id);
    }
    assert.equal(focused, 'username');
    await page.keyboard.type('editor');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/admin`);
    assert.ok(await page.getByRole('heading', { name: '工作台' }).isVisible());
    await page.screenshot({ path: join(ARTIFACTS, 'admin-360.png'), fullPage: true });
    await context.close();
  });
});
