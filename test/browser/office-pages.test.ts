/**
 * The back-office pages an office runs without a terminal (issue 12, deliverable 5), in a real browser at
 * 1280 px and on a 375 px phone, each checked with axe: the agency admin keeps the disclosure office's
 * contact details (reached from 工作台) that the 指南 and the 依申请公开 page show; the editor edits a
 * draft's header (标题 emptied, 责任单位, 填表时间) and the version page shows it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { requireChromium } from '../helpers/browser.ts';
import { checkBothWidths } from '../helpers/browserSteps.ts';
import { type BrowserWorld, signIn, signOut, startBrowserWorld } from '../helpers/browserWorld.ts';

const AGENCY = '中卫市医疗保障局';
const CONTACT = { 通信地址: '宁夏中卫市沙坡头区鼓楼西街12号', 办公时间: '工作日 8:30—12:00，14:30—18:00', 联系电话: '0955-7012345', 监督电话: '0955-7019999' };

describe('agency contact details and the catalog header in a real browser', () => {
  requireChromium();
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld([['admin', 'agency_admin', '马管理'], ['editor', 'editor', '伊玉红']]);
  });
  after(() => world?.close());

  it('the agency admin saves the contact details from 工作台; the 指南 and the 依申请公开 page show them', async () => {
    const base = world.server.url;
    const page = await world.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, base, 'admin');
    await page.getByRole('link', { name: /^联系方式/ }).click();
    await page.getByRole('heading', { name: '政府信息公开工作机构联系方式' }).waitFor();
    await page.getByLabel('邮政编码').fill('7550');
    await page.getByRole('button', { name: '保存联系方式' }).click();
    await page.getByText('邮政编码应为6位数字').waitFor();
    await checkBothWidths(page, 'contact-form-error');
    await page.getByLabel('邮政编码').fill('755000');
    for (const [label, value] of Object.entries(CONTACT)) await page.getByLabel(label).fill(value);
    await page.getByRole('button', { name: '保存联系方式' }).click();
    await page.getByText('联系方式已保存，公开页面已更新。').waitFor();
    await signOut(page);

    const agencyPath = await agencyHref(page, base);
    for (const path of ['guide', 'apply'] as const) {
      await page.goto(`${base}${agencyPath}/${path}`);
      const facts = page.locator('dl.office-facts');
      for (const [label, value] of Object.entries(CONTACT)) {
        if (label === '监督电话' && path === 'apply') continue;
        assert.equal((await facts.locator('div', { has: page.locator('dt', { hasText: label }) }).locator('dd').innerText()).trim(), value, `${path}: ${label}`);
      }
      await checkBothWidths(page, `contact-${path}`, facts);
    }
    await page.close();
  });

  it("the editor empties a draft's title and sets 责任单位 and 填表时间; the version page shows the header as saved", async () => {
    const base = world.server.url;
    const page = await world.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, base, 'editor');
    await page.getByRole('link', { name: AGENCY, exact: true }).click();
    await page.getByRole('button', { name: '以现行目录为基础新建草稿' }).click();
    await page.getByText('已新建草稿').waitFor();
    await page.getByRole('link', { name: '编辑表头' }).click();
    assert.equal(await page.getByLabel('标题').inputValue(), '中卫市医疗保障局政务公开清单目录');
    await page.getByLabel('标题').fill('');
    await page.getByLabel('责任单位').fill('中卫市医疗保障局办公室');
    await page.getByLabel('填表时间').fill('2099-01-01');
    await page.getByRole('button', { name: '保存表头' }).click();
    await page.getByText('填表时间不能晚于今天').waitFor();
    await checkBothWidths(page, 'header-form-error');
    await page.getByLabel('填表时间').fill('2026-01-05');
    await page.getByRole('button', { name: '保存表头' }).click();
    await page.getByText('表头已保存。').waitFor();
    const header = page.locator('section.version-header');
    const shown = async (label: string) => (await header.locator('div', { has: page.locator('dt', { hasText: label }) }).locator('dd').innerText()).trim();
    assert.deepEqual([await shown('标题'), await shown('责任单位'), await shown('填表时间')], ['（无标题）', '中卫市医疗保障局办公室', '2026-01-05']);
    await checkBothWidths(page, 'header-saved', header);
    await page.close();
  });
});

/** The public agency page's address, found from the portal's front page link. */
async function agencyHref(page: Page, base: string): Promise<string> {
  await page.goto(base);
  return (await page.getByRole('link', { name: AGENCY, exact: true }).getAttribute('href'))!;
}
