/**
 * 检查准备情况 of one agency in a real browser (issue 11, deliverable 3): the officer opens it from the 工作台,
 * sees the verdict with 单项否决 first, the blank monthly item and the late document, and follows the link to the
 * document; the region supervisor above the agency opens it too. No horizontal scrolling at 375 px, no serious
 * accessibility violations; screenshots at 375 and 1280 px in test-artifacts/.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { createUser } from '../../src/app/accounts/createUser.ts';
import { getActorForUser } from '../../src/app/accounts/getActor.ts';
import { getAgency } from '../../src/app/agencies/getAgency.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { approveDocument } from '../../src/app/documents/approveDocument.ts';
import { reviewDocument, submitDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { confirmSecrecyReview } from '../../src/app/documents/confirmSecrecyReview.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import type { CatalogItem } from '../../src/domain/catalog/catalog.ts';
import { openDatabase, type Engine } from '../../src/storage/database.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';
import { completeInput } from '../documents/documentFixtures.ts';
import { contextFor, goldenCatalog, TestClock } from '../helpers/appContext.ts';
import { requireChromium, seriousA11yViolations } from '../helpers/browser.ts';
import { ARTIFACTS, BROWSER_PASSWORD, type BrowserWorld, signIn, startBrowserWorld } from '../helpers/browserWorld.ts';

const LATE_TITLE = '迟发的部门文件';
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** 200 days ago the agency published a catalog whose 政策解读 is due every month, and published a document formed 60 days before. */
async function seedHistory(engine: Engine): Promise<void> {
  const then = new TestClock(daysAgo(200));
  const golden = goldenCatalog() as { items: CatalogItem[] };
  const items = golden.items.map((item) => (item.level2 === '政策解读' ? { ...item, timeLimit: '每月' } : item));
  const { agencyId } = await loadCatalog(contextFor(engine, undefined, then), { ...golden, declared: null, items }, { publish: true });
  const as = async (username: string) => contextFor(engine, (await getActorForUser(engine.db, (await findUserByUsername(engine.db, username))!.id))!, then);
  const [editor, reviewer, approver] = [await as('editor'), await as('reviewer'), await as('approver')];
  const formedOn = daysAgo(260).slice(0, 10);
  const { documentId } = await createDocument(editor, { agencyId, ...completeInput({ title: LATE_TITLE, formedOn }), items: [{ level1: '基本信息', level2: '部门文件' }] });
  await submitDocument(editor, { documentId });
  await reviewDocument(reviewer, { documentId, decision: 'pass' });
  await confirmSecrecyReview(reviewer, { documentId, note: '经审查不涉密' });
  await approveDocument(approver, { documentId, decision: 'approve' });
  const regionId = (await getAgency(engine.db, agencyId))!.regionId;
  await createUser(contextFor(engine), { username: 'supervisor', displayName: '中卫市监督员', password: BROWSER_PASSWORD, roles: ['region_supervisor'], agencyId: null, regionId });
}

async function assertFitsAndAccessible(page: Page, width: number) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at ${width} px (${overflow})`);
  assert.deepEqual(await seriousA11yViolations(page), []);
}

describe('agency readiness page in a real browser', () => {
  requireChromium();
  let world: BrowserWorld;
  before(async () => {
    // Seeded before the server starts: two processes writing one SQLite file at once can fail with SQLITE_BUSY_SNAPSHOT.
    world = await startBrowserWorld([['editor', 'editor', '伊玉红'], ['reviewer', 'reviewer', '张华'], ['approver', 'approver', '李新忠']], async (dir) => {
      const engine = await openDatabase(`sqlite:${join(dir, 'gongkai.db')}`);
      try {
        await seedHistory(engine);
      } finally {
        await engine.close();
      }
    });
  });
  after(async () => world?.close());

  it('leads the officer from the 工作台 to the findings and on to the late document, at 375 and 1280 px', async () => {
    for (const width of [375, 1280]) {
      const page = await world.browser.newPage({ viewport: { width, height: 900 } });
      await signIn(page, world.server.url, 'editor');
      await page.getByRole('link', { name: /^检查准备情况/ }).first().click();
      await page.getByRole('heading', { level: 1, name: '中卫市医疗保障局检查准备情况' }).waitFor();
      const readiness = page.getByRole('region', { name: '检查准备情况' });
      await readiness.getByText('不合格', { exact: true }).waitFor();
      const severities = await readiness.locator('.severity').allTextContents();
      assert.equal(severities[0], '单项否决', '单项否决 first');
      const obligations = page.getByRole('region', { name: '目录事项履行情况' });
      await obligations.getByRole('link', { name: '基本信息 · 政策解读', exact: true }).first().waitFor();
      await assertFitsAndAccessible(page, width);
      await page.screenshot({ path: join(ARTIFACTS, `agency-readiness-${width}.png`), fullPage: true });
      await obligations.getByRole('link', { name: new RegExp(`《${LATE_TITLE}》`) }).click();
      await page.getByRole('heading', { name: LATE_TITLE }).first().waitFor();
      assert.match(new URL(page.url()).pathname, /^\/admin\/documents\/[0-9a-f-]+$/);
      await page.close();
    }
  });

  it('opens for the region supervisor above the agency from their 工作台', async () => {
    const page = await world.browser.newPage({ viewport: { width: 375, height: 900 } });
    await signIn(page, world.server.url, 'supervisor');
    await page.getByRole('link', { name: /^检查准备情况/ }).first().click();
    await page.getByRole('heading', { level: 1, name: '中卫市医疗保障局检查准备情况' }).waitFor();
    await page.getByRole('link', { name: /^查看公开指南/ }).first().waitFor();
    await assertFitsAndAccessible(page, 375);
    await page.close();
  });
});
