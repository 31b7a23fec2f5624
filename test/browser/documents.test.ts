import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { requireChromium, seriousA11yViolations } from '../helpers/browser.ts';
import { ARTIFACTS, type BrowserWorld, signIn, signOut, startBrowserWorld } from '../helpers/browserWorld.ts';
import { pdfBytes } from '../web/documentsFixture.ts';

const TITLE = '关于调整职工医保门诊共济保障待遇的通知';

async function newDocument(page: Page, fields: { kind: string; title: string; item: string; body: string }): Promise<string> {
  await page.getByRole('link', { name: '新建文件' }).click();
  await page.getByLabel('类别').selectOption({ label: fields.kind });
  await page.getByLabel('标题（名称）').fill(fields.title);
  await page.getByLabel('成文日期').fill('2026-02-27');
  await page.getByLabel('文号').fill('卫医保发〔2026〕8号');
  await page.getByLabel('主题分类').fill('卫生、体育');
  await page.getByLabel('体裁（组配）分类').fill('通知');
  await page.getByLabel('关键词').fill('门诊共济，职工医保');
  await page.getByLabel('内容概述').fill(`${fields.title}的内容概述。`);
  await page.getByLabel(fields.item, { exact: true }).check();
  await page.getByLabel('正文', { exact: true }).fill(fields.body);
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText('文件已保存为草稿').waitFor();
  return page.url().replace(/\?.*$/, '');
}

describe('documents in a real browser', () => {
  requireChromium();
  let browser: Browser;
  let server: { url: string; stop(): Promise<void> };
  let dir: string;

  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld([['editor', 'editor', '伊玉红'], ['reviewer', 'reviewer', '张华'], ['approver', 'approver', '李新忠']]);
    ({ browser, server, dir } = world);
  });

  after(() => world?.close());

  it('editor files a policy with a PDF and a linked 解读, reviewer and approver pass it, a visitor finds and downloads it', async () => {
    const base = server.url;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page.on('dialog', (dialog) => void dialog.accept());

    await signIn(page, base, 'editor');
    await page.getByRole('link', { name: /文件管理/ }).first().click();
    const policyUrl = await newDocument(page, { kind: '政策文件', title: TITLE, item: '规范性文件', body: '<p>各县（区）医疗保障局：</p><p>现将职工医保门诊共济保障待遇调整事项通知如下。</p>' });
    await page.getByLabel('上传附件').setInputFiles({ name: '门诊共济待遇表.pdf', mimeType: 'application/pdf', buffer: await pdfBytes('Outpatient mutual aid table 2026') });
    await page.getByRole('button', { name: '上传', exact: true }).click();
    await page.getByText('附件已上传').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'admin-document-1280.png'), fullPage: true });
    await page.getByRole('button', { name: '提交复核' }).click();
    await page.getByText('已提交复核').waitFor();
    await page.getByRole('link', { name: '中卫市医疗保障局文件' }).click();
    const interpretationUrl = await newDocument(page, { kind: '政策解读', title: `《${TITLE}》政策解读`, item: '政策解读', body: '<p>一、调整背景……</p>' });
    await page.getByLabel('关联政策文件').selectOption({ label: TITLE });
    await page.getByRole('button', { name: '关联', exact: true }).click();
    await page.getByText('已关联').waitFor();
    await page.getByRole('button', { name: '提交复核' }).click();
    await page.getByText('已提交复核').waitFor();
    await signOut(page);

    await signIn(page, base, 'reviewer');
    for (const url of [policyUrl, interpretationUrl]) {
      await page.goto(url);
      await page.getByRole('button', { name: '复核通过' }).click();
      await page.getByText('已复核通过').waitFor();
      await page.getByRole('button', { name: '确认不涉密' }).click();
      await page.getByText('已记录保密审查结论').waitFor();
    }
    await signOut(page);

    await signIn(page, base, 'approver');
    for (const url of [policyUrl, interpretationUrl]) {
      await page.goto(url);
      await page.getByRole('button', { name: '审签发布' }).click();
      await page.getByText('已审签发布').waitFor();
    }
    await signOut(page);

    await page.getByLabel('全站搜索').fill(TITLE.slice(6, 8));
    await page.locator('.site-search').getByRole('button', { name: '搜索', exact: true }).click();
    await page.getByRole('link', { name: TITLE, exact: true }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'search-1280.png'), fullPage: true });
    await page.getByRole('link', { name: TITLE, exact: true }).click();
    const indexNumber = await page.locator('.document-meta-block div', { hasText: '索引号' }).locator('dd').textContent();
    assert.match(indexNumber ?? '', /\/2026-\d+/);
    for (const label of ['发布机构', '成文日期', '发布日期', '文号', '主题分类', '有效性']) assert.ok(await page.locator('.document-meta-block dt', { hasText: label }).count(), label);
    assert.ok(await page.getByRole('link', { name: `《${TITLE}》政策解读` }).isVisible());
    await page.screenshot({ path: join(ARTIFACTS, 'document-1280.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '门诊共济待遇表.pdf' }).click()]);
    const saved = join(dir, 'download.pdf');
    await download.saveAs(saved);
    assert.equal(readFileSync(saved).subarray(0, 5).toString(), '%PDF-');
    const documentUrl = page.url();

    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await phone.goto(documentUrl);
    await phone.screenshot({ path: join(ARTIFACTS, 'document-360.png'), fullPage: true });
    assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= 360), 'no horizontal scrolling at 360 px');
    await phone.goto(`${base}/search?q=${encodeURIComponent(TITLE.slice(6, 8))}`);
    await phone.screenshot({ path: join(ARTIFACTS, 'search-360.png'), fullPage: true });
    await phone.getByRole('link', { name: '大字号·高对比' }).click();
    await phone.getByRole('link', { name: '标准模式' }).waitFor();
    await phone.screenshot({ path: join(ARTIFACTS, 'search-large-360.png'), fullPage: true });
    await phone.close();

    const agencyHref = await page.locator('.breadcrumbs a').nth(1).getAttribute('href');
    const itemHref = await page.locator('.breadcrumbs a').nth(2).getAttribute('href');
    for (const path of ['/', agencyHref!, itemHref!, new URL(documentUrl).pathname, `/search?q=${encodeURIComponent('门诊')}`, `${agencyHref}/guide`]) {
      await page.goto(`${base}${path}`);
      assert.deepEqual(await seriousA11yViolations(page), [], `axe on ${path}`);
    }
  });
});
