import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { requireChromium, seriousA11yViolations } from '../helpers/browser.ts';
import { ARTIFACTS, type BrowserWorld, signIn, signOut, startBrowserWorld } from '../helpers/browserWorld.ts';

const EDITED_CONTENT = '机构名称、办公地址、办公时间、联系电话、内设机构（浏览器测试修改）';

async function editField(page: Page, itemName: string, label: string, change: (old: string) => string) {
  await page.getByRole('link', { name: `编辑 ${itemName}` }).click();
  const field = page.getByLabel(label);
  await field.fill(change(await field.inputValue()));
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText('事项已保存').waitFor();
}

describe('version differences in a real browser', () => {
  requireChromium();
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld([['editor', 'editor', '伊玉红'], ['reviewer', 'reviewer', '张华']]);
  });
  after(() => world?.close());

  it('the reviewer sees exactly the two edited items first, readable at 1280 px and on a 375 px phone', async () => {
    const base = world.server.url;
    const page = await world.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, base, 'editor');
    await page.getByRole('link', { name: '中卫市医疗保障局', exact: true }).click();
    await page.getByRole('button', { name: '以现行目录为基础新建草稿' }).click();
    await page.getByText('已新建草稿').waitFor();
    const versionUrl = page.url().replace(/\?.*$/, '');
    await editField(page, '机构信息', '公开内容（要素）', () => EDITED_CONTENT);
    await editField(page, '政府信息公开年报', '公开时限', (old) => old.replace('20', '15'));
    await page.getByRole('button', { name: '提交复核' }).click();
    await page.getByText('已提交复核').waitFor();
    await signOut(page);

    await signIn(page, base, 'reviewer');
    await page.goto(versionUrl);
    const changes = page.locator('section.version-changes');
    await changes.getByRole('heading', { name: /与上一版相比/ }).waitFor();
    assert.deepEqual(await changes.locator('article h4 a').allTextContents(), ['机构信息', '政府信息公开年报']);
    assert.equal(await changes.locator('ins').filter({ hasText: '15' }).count(), 1);
    assert.equal(await page.locator('details.folded-table').getAttribute('open'), null, 'the full table waits folded');
    assert.deepEqual(await seriousA11yViolations(page), [], 'no serious accessibility violations on the version page');
    await page.screenshot({ path: join(ARTIFACTS, 'version-changes-1280.png') });

    await page.setViewportSize({ width: 375, height: 812 });
    await page.screenshot({ path: join(ARTIFACTS, 'version-changes-375.png') });
    await page.screenshot({ path: join(ARTIFACTS, 'version-changes-375-full.png'), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page must not scroll sideways on a phone: ${overflow}px`);
    const box = await changes.boundingBox();
    assert.ok(box && box.width <= 375, `the changes fit the phone's width: ${box?.width}`);
    await page.close();
  });
});
