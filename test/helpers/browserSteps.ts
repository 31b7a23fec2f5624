/**
 * Steps the catalog browser tests share: edit one field of a draft's item, submit with the written
 * reason lint errors require (docs/adr/0010), take a sign-off step; and the check of a page at the
 * two widths issue 12 asks for (1280 px and a 375 px phone) with axe and a screenshot each.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { seriousA11yViolations } from './browser.ts';
import { ARTIFACTS } from './browserWorld.ts';

/** On a draft's version page: open the item's form, change one field, save. */
export async function editItemField(page: Page, itemName: string, label: string, change: (old: string) => string): Promise<void> {
  await page.getByRole('link', { name: `编辑 ${itemName}` }).click();
  const field = page.getByLabel(label);
  await field.fill(change(await field.inputValue()));
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText('事项已保存').waitFor();
}

/** 提交复核 with the reason the golden catalogs' lint errors require. */
export async function submitWithReason(page: Page, reason: string): Promise<void> {
  await page.getByLabel(/提交理由/).fill(reason);
  await page.getByRole('button', { name: '提交复核' }).click();
  await page.getByText('已提交复核').waitFor();
}

const STEP_NOTICES = { 复核通过: '已复核通过', 审签发布: '已审签发布' } as const;

/** 复核通过 or 审签发布 on the open version page (the confirmation dialog is accepted by the page's handler). */
export async function signOffStep(page: Page, button: keyof typeof STEP_NOTICES): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await page.getByText(STEP_NOTICES[button]).waitFor();
}

/** axe finds no serious violation at 1280 and 375 px; a screenshot of each (around `focus`); the page never scrolls sideways. */
export async function checkBothWidths(page: Page, name: string, focus?: Locator): Promise<void> {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    assert.deepEqual(await seriousA11yViolations(page), [], `${name} at ${width} px: no serious accessibility violations`);
    await focus?.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}.png`) });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name} at ${width} px must not scroll sideways: ${overflow}px`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
