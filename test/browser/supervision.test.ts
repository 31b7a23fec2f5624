/**
 * Issue 11's "Must show" in a real browser: (a) the officer's 工作台 starts with 我的待办 holding an application due
 * within 3 working days and a monthly item left blank, and the item's link leads to its page, from which a document
 * is filed under it; (b) a region supervisor opens 各单位政务公开情况, sorts by readiness score with the header link,
 * sees the order change and opens one agency. Screenshots at 375 and 1280 px in test-artifacts/; no sideways scroll
 * on a phone; no serious accessibility violations.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { createUser } from '../../src/app/accounts/createUser.ts';
import { getActorForUser } from '../../src/app/accounts/getActor.ts';
import { addAgency } from '../../src/app/agencies/addAgency.ts';
import { getAgency } from '../../src/app/agencies/getAgency.ts';
import { registerApplication } from '../../src/app/applications/registerApplication.ts';
import { loadCalendar } from '../../src/app/calendar/loadCalendar.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { workingDaysBetween } from '../../src/domain/calendar/arithmetic.ts';
import { chinaDateOf, fixedClock } from '../../src/domain/shared/clock.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';
import { contextFor } from '../helpers/appContext.ts';
import { FORM } from '../helpers/applicationFixtures.ts';
import { requireChromium, seriousA11yViolations } from '../helpers/browser.ts';
import { ARTIFACTS, BROWSER_PASSWORD, type BrowserWorld, GOLDEN_ZHONGWEI, signIn, startBrowserWorld } from '../helpers/browserWorld.ts';

const MONTHLY = '医保基金月度运行情况';
const DAY = 86_400_000;
const dateBefore = (today: string, days: number) => new Date(Date.parse(`${today}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * The server runs on the real clock, so the data is dated from it: a second catalog version with a monthly item signed
 * 100 days ago (three months passed without a document: blank), and an application received 18 working days ago
 * (due within 3 working days by 条例第三十三条's 20). Plus an agency with no catalog, so readiness scores differ.
 */
async function seed(dir: string): Promise<void> {
  const engine = await openDatabase(`sqlite:${join(dir, 'gongkai.db')}`);
  try {
    const now = new Date().toISOString();
    const today = chinaDateOf(now);
    const earlier = contextFor(engine, undefined, fixedClock(new Date(Date.now() - 100 * DAY).toISOString()));
    const golden = JSON.parse(readFileSync(GOLDEN_ZHONGWEI, 'utf8')) as { items: Record<string, unknown>[] };
    const monthly = { ...golden.items[0], seq: String(golden.items.length + 1), level1: '重点领域信息', level2: MONTHLY, timeLimit: '每月' };
    const { agencyId } = await loadCatalog(earlier, { ...golden, items: [...golden.items, monthly] }, { publish: true });
    const system = contextFor(engine, undefined, fixedClock(now));
    await addAgency(system, { name: '中卫市中宁县审计局', regionPath: ['宁夏回族自治区', '中卫市', '中宁县'] });
    await createUser(system, { username: 'supervisor', displayName: '中卫市监督员', password: BROWSER_PASSWORD, roles: ['region_supervisor'], agencyId: null, regionId: (await getAgency(engine.db, agencyId))!.regionId });
    const calendar = await loadCalendar({ db: engine.db });
    let receivedOn = today;
    while (workingDaysBetween(calendar, receivedOn, today) < 18) receivedOn = dateBefore(receivedOn, 1);
    const officer = contextFor(engine, (await getActorForUser(engine.db, (await findUserByUsername(engine.db, 'officer'))!.id))!, fixedClock(now));
    await registerApplication(officer, { agencyId, fields: FORM, receipt: { channel: 'inPerson', on: receivedOn } });
  } finally {
    await engine.close();
  }
}

describe('supervision in a real browser', () => {
  requireChromium();
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld([['officer', 'editor', '伊玉红']], seed);
  });
  after(async () => world?.close());

  it('(a) the officer’s queue shows the due application and the blank item; the item’s link leads to filing a document under it', async () => {
    const page = await world.browser.newPage({ viewport: { width: 375, height: 900 } });
    await signIn(page, world.server.url, 'officer');
    const queue = page.getByRole('region', { name: /我的待办/ });
    await queue.getByRole('link', { name: /1 件申请将在3个工作日内到期/ }).waitFor();
    const blank = queue.getByRole('link', { name: new RegExp(`${MONTHLY}：.*未公开`) }).first();
    await blank.waitFor();
    assert.equal(await overflow(page), 0);
    await blank.click();
    await page.getByRole('heading', { name: MONTHLY, level: 1 }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/admin\/versions\/[0-9a-f-]+\/items\/[0-9a-f-]+$/);
    await page.getByRole('link', { name: '在该事项下新建文件' }).click();
    await page.getByRole('heading', { name: /新建文件/ }).first().waitFor();
    assert.equal(await page.getByRole('checkbox', { name: new RegExp(MONTHLY) }).isChecked(), true, 'the item is ticked');
    await page.close();
  });

  it('(b) the supervisor sorts the agencies by readiness score and opens one', async () => {
    for (const width of [375, 1280]) {
      const page = await world.browser.newPage({ viewport: { width, height: 900 } });
      const base = world.server.url;
      await signIn(page, base, 'supervisor');
      await page.getByRole('link', { name: '各单位政务公开情况' }).click();
      await page.getByRole('heading', { name: '中卫市各单位政务公开情况', level: 1 }).waitFor();
      const names = () => page.locator('.supervision-table tbody th a').allTextContents();
      const scores = async () => (await page.locator('.supervision-table tbody td[data-label="检查准备"] strong').allTextContents()).map(Number);
      const byName = await names();
      assert.deepEqual(byName, ['中卫市医疗保障局', '中卫市中宁县审计局']);
      assert.equal(await overflow(page), 0, `no sideways scroll at ${width} px`);
      assert.deepEqual(await seriousA11yViolations(page), []);
      await page.screenshot({ path: join(ARTIFACTS, `supervision-${width}.png`), fullPage: true });
      const orders: string[][] = [];
      for (const dir of ['ascending', 'descending'] as const) {
        if (width === 375) { // the header row is hidden on a phone (cards): the form's 排序 does the same
          await page.getByLabel('排序').selectOption({ label: '检查准备得分' });
          await page.getByLabel('顺序').selectOption({ label: dir === 'ascending' ? '从小到大' : '从大到小' });
          await page.getByRole('button', { name: '筛选' }).click();
        } else {
          await page.getByRole('columnheader', { name: /检查准备/ }).getByRole('link').click();
        }
        await page.waitForURL(dir === 'ascending' ? /sort=score(?!.*dir=desc)/ : /sort=score.*dir=desc/);
        const sorted = await scores();
        assert.deepEqual(sorted, [...sorted].sort((a, b) => (dir === 'ascending' ? a - b : b - a)), `${dir} by score`);
        if (width === 1280) assert.equal(await page.getByRole('columnheader', { name: /检查准备/ }).getAttribute('aria-sort'), dir);
        orders.push(await names());
      }
      assert.notDeepEqual(new Set(await scores()).size, 1, 'the agencies differ in readiness');
      assert.ok(orders.some((order) => order.join() !== byName.join()), 'sorting by score changed the order');
      await page.locator('.supervision-table').screenshot({ path: join(ARTIFACTS, `supervision-table-${width}.png`) });
      await page.locator('.chart-grid').screenshot({ path: join(ARTIFACTS, `supervision-charts-${width}.png`) });
      const first = (await names())[0]!;
      const link = page.locator('.supervision-table tbody th a').first();
      assert.match((await link.getAttribute('href')) ?? '', /^\/admin\/supervision\/agencies\/[0-9a-f-]+$/);
      const firstScore = (await scores())[0]!;
      await link.click();
      await page.getByRole('heading', { name: `${first}检查准备情况`, level: 1 }).waitFor();
      assert.equal(Number(await page.locator('.readiness-score strong').first().textContent()), firstScore, 'the drill-down shows the same readiness score');
      await page.close();
    }
  });
});
