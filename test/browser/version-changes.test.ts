import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
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
    world = await startBrowserWorld([['editor', 'editor', '伊玉红'], ['reviewer', 'reviewer', '张华'], ['approver', 'approver', '李新忠']]);
  });
  after(() => world?.close());

  it('the reviewer sees exactly the two edited items first (1280 px and a 375 px phone); an import of the 第1版 export is flagged as reverting them', async () => {
    const base = world.server.url;
    const page = await world.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, base, 'editor');
    await page.getByRole('link', { name: '中卫市医疗保障局', exact: true }).click();
    const agencyId = /\/admin\/agencies\/([^/?#]+)/.exec(page.url())![1]!;
    const firstExport = join(world.dir, '第1版导出.xlsx');
    writeFileSync(firstExport, await (await page.request.get(`${base}/agencies/${agencyId}/catalog.xlsx`)).body());
    await page.getByRole('button', { name: '以现行目录为基础新建草稿' }).click();
    await page.getByText('已新建草稿').waitFor();
    const versionUrl = page.url().replace(/\?.*$/, '');
    await editField(page, '机构信息', '公开内容（要素）', () => EDITED_CONTENT);
    await editField(page, '政府信息公开年报', '公开时限', (old) => old.replace('20', '15'));
    await page.getByLabel(/提交理由/).fill('来源目录原有的检查错误，下一版统一更正');
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

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: '复核通过' }).click();
    await page.getByText('已复核通过').waitFor();
    await signOut(page);
    await signIn(page, base, 'approver');
    await page.goto(versionUrl);
    await page.getByRole('button', { name: '审签发布' }).click();
    await page.getByText('已审签发布').waitFor();
    await signOut(page);

    await signIn(page, base, 'editor');
    await page.goto(`${base}/admin/agencies/${agencyId}/import`);
    await page.getByLabel('目录文件').setInputFiles(firstExport);
    await page.getByRole('button', { name: '上传并预览' }).click();
    await page.getByRole('heading', { name: '导入预览' }).waitFor();
    const warning = await page.getByRole('alert').innerText();
    assert.match(warning, /文件中的 2 个事项仍是旧版本的内容（第1版），导入将撤销第2版对这些事项的修改：「机构信息」、「政府信息公开年报」/);
    await page.setViewportSize({ width: 375, height: 812 });
    await page.screenshot({ path: join(ARTIFACTS, 'import-revert-375.png') });
    await page.close();
  });
});
